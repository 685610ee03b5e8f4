package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.document.ReminderLetter;

/** A rendered letter on its way out, with everything each channel needs to send it. */
record OutgoingLetter(PendingLetter pending, Connector connector, ChannelRules rules, ReminderLetter letter,
        String fileName, byte[] pdf) {

    long actionId() {
        return pending.actionId();
    }

    long claimId() {
        return pending.claimId();
    }
}
