package be.smartcredit.hub.claim;

import be.smartcredit.hub.claim.inbound.RuleFailure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim as it arrives, before the hub has stored it and given it an id. {@code creditFor} is the number of the
 * invoice a credit note corrects, when it names one.
 */
public record NewClaim(
        String connectorId,
        String sellerKey,
        DocumentType documentType,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        String dueDateBasis,
        String currency,
        BigDecimal amount,
        NewDebtor debtor,
        String paymentId,
        String sourceFile,
        boolean peppol,
        List<RuleFailure> ruleFailures,
        String creditFor) {

    /** The debtor as the document names it, with the type and language the hub settled on. */
    public record NewDebtor(
            String name, String street, String additionalStreet, String postcode, String city, String countryCode,
            String email, String phone, String vatId, String companyId, String endpointId, String debtorType,
            String language) {

        /** The identifiers that tell this debtor apart, normalised. */
        DebtorIdentity identity() {
            return DebtorIdentity.of(this);
        }
    }

    /** Whether the claim is a credit for the debtor rather than money owed (never dunned). */
    public boolean isCredit() {
        return documentType == DocumentType.CREDIT_NOTE || amount.signum() < 0;
    }

    /** Whether the due date was not in the document but derived by the hub. */
    public boolean dueDateDerived() {
        return !DueDate.FROM_DOCUMENT.equals(dueDateBasis);
    }
}
