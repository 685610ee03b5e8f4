package be.smartcredit.hub.dispatch;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An action waiting to leave, with the claim and debtor data its letter needs. */
record PendingLetter(
        long actionId,
        String step,
        String actionStatus,
        long claimId,
        String connectorId,
        String claimStatus,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        String currency,
        BigDecimal openAmount,
        String structuredCommunication,
        String debtorName,
        String street,
        String additionalStreet,
        String postcode,
        String city,
        String countryCode,
        String email) {

    static final String SELECT_FOR_UPDATE = """
            SELECT a.id AS action_id, a.step, a.status AS action_status, c.id AS claim_id, c.connector_id,
                   c.status AS claim_status, c.number, c.issue_date, c.due_date, c.currency, c.open_amount,
                   c.structured_communication, d.name AS debtor_name, d.street, d.additional_street, d.postcode,
                   d.city, d.country_code, d.email
              FROM dunning_actions a JOIN claims c ON c.id = a.claim_id JOIN debtors d ON d.id = c.debtor_id
             WHERE a.id = ?
               FOR UPDATE OF a, c""";

    boolean alreadyHandled() {
        return "SENT".equals(actionStatus) || "SKIPPED".equals(actionStatus);
    }

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
