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

    String email() {
        return contents.debtor().email();
    }

    boolean hasEmail() {
        return email() != null && !email().isBlank();
    }
}
