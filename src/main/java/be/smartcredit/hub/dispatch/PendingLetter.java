package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.dunning.ActionContents;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An action waiting to leave, with the dossier's claims and the debtor data its letter needs; the first
 * claim (the oldest due) names the letter and gives the structured communication.
 */
record PendingLetter(ActionContents.Contents contents) {

    static final String EMAIL_BAD = "BAD";

    long actionId() {
        return contents.actionId();
    }

    String step() {
        return contents.step().name();
    }

    String connectorId() {
        return contents.connectorId();
    }

    List<ActionContents.Line> claims() {
        return contents.claims();
    }

    private ActionContents.Line first() {
        return contents.claims().get(0);
    }

    long claimId() {
        return first().claimId();
    }

    String number() {
        return first().number();
    }

    LocalDate issueDate() {
        return first().issueDate();
    }

    LocalDate dueDate() {
        return first().dueDate();
    }

    String currency() {
        return first().currency();
    }

    /** What is open of all claims on the letter. */
    BigDecimal openAmount() {
        return contents.totalOpen();
    }

    String structuredCommunication() {
        return first().structuredCommunication();
    }

    ActionContents.Debtor debtor() {
        return contents.debtor();
    }

    long debtorId() {
        return contents.debtor().id();
    }

    String email() {
        return contents.debtor().email();
    }

    String phone() {
        return contents.debtor().phone();
    }

    String countryCode() {
        return contents.debtor().countryCode();
    }

    /** Whether the debtor has an e-mail address that is well formed and not known to bounce. */
    boolean hasEmail() {
        return EmailAddresses.valid(email()) && !EMAIL_BAD.equals(contents.debtor().emailStatus());
    }

    /** Whether a printed letter can be addressed: a street, a postcode and a city. */
    boolean hasPostalAddress() {
        ActionContents.Debtor debtor = contents.debtor();
        return present(debtor.street()) && present(debtor.postcode()) && present(debtor.city());
    }

    ChannelChoice.Reachability reachability() {
        return new ChannelChoice.Reachability(hasEmail(), PhoneNumbers.mobile(phone(), countryCode()).isPresent(),
                hasPostalAddress());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
