package be.smartcredit.hub.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import be.smartcredit.hub.claim.inbound.RuleFailure;
import java.util.List;

/** A claim as it arrives, before the hub has stored it and given it an id. */
public record NewClaim(
        String connectorId,
        String sellerKey,
        DocumentType documentType,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        boolean dueDateDerived,
        String currency,
        BigDecimal amount,
        NewDebtor debtor,
        String paymentId,
        String sourceFile,
        boolean peppol,
        List<RuleFailure> ruleFailures) {

    /** The debtor as the document names it. */
    public record NewDebtor(
            String name, String street, String additionalStreet, String postcode, String city, String countryCode,
            String email, String phone, String vatId, String companyId, String endpointId) {

        /** The key that makes two documents land on the same debtor of one client. */
        String identityKey() {
            if (vatId != null && !vatId.isBlank()) {
                return "vat:" + vatId.replaceAll("[\\s.]", "").toUpperCase();
            }
            if (companyId != null && !companyId.isBlank()) {
                return "company:" + companyId.replaceAll("[\\s.]", "").toUpperCase();
            }
            if (endpointId != null && !endpointId.isBlank()) {
                return "endpoint:" + endpointId.toUpperCase();
            }
            return "name:" + name.trim().toLowerCase();
        }
    }

    /** Whether the claim is a credit for the debtor rather than money owed (never dunned). */
    public boolean isCredit() {
        return documentType == DocumentType.CREDIT_NOTE || amount.signum() < 0;
    }
}
