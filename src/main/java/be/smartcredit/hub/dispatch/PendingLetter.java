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
        long debtorId,
        String debtorName,
        String street,
        String additionalStreet,
        String postcode,
        String city,
        String countryCode,
        String email,
        String emailStatus,
        String phone) {

    /** Locks the action and its claim; NO KEY UPDATE lets delivery rows and events refer to them meanwhile. */
    static final String SELECT_FOR_UPDATE = """
            SELECT a.id AS action_id, a.step, a.status AS action_status, c.id AS claim_id, c.connector_id,
                   c.status AS claim_status, c.number, c.issue_date, c.due_date, c.currency, c.open_amount,
                   c.structured_communication, d.id AS debtor_id, d.name AS debtor_name, d.street,
                   d.additional_street, d.postcode, d.city, d.country_code, d.email, d.email_status, d.phone
              FROM dunning_actions a JOIN claims c ON c.id = a.claim_id JOIN debtors d ON d.id = c.debtor_id
             WHERE a.id = ?
               FOR NO KEY UPDATE OF a, c""";

    static final String EMAIL_BAD = "BAD";

    boolean alreadyHandled() {
        return "SENT".equals(actionStatus) || "SKIPPED".equals(actionStatus) || "FAILED".equals(actionStatus);
    }

    /** Whether the debtor has an e-mail address that is well formed and not known to bounce. */
    boolean hasEmail() {
        return EmailAddresses.valid(email) && !EMAIL_BAD.equals(emailStatus);
    }

    ChannelChoice.Reachability reachability() {
        return new ChannelChoice.Reachability(hasEmail(), PhoneNumbers.mobile(phone, countryCode).isPresent());
    }
}
