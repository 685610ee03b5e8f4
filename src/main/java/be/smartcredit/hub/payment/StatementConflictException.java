package be.smartcredit.hub.payment;

import be.smartcredit.hub.payment.statement.BankStatement;

/**
 * Thrown when a statement carries the account, number and date of a statement already applied but other content:
 * not a redelivery, so the file is refused whole (quarantined) for a person to look at.
 */
public class StatementConflictException extends RuntimeException {

    StatementConflictException(String fileName, BankStatement statement, String appliedFrom) {
        super(fileName + " statement " + statement.number() + " of " + statement.date() + " on account "
                + statement.account() + ": a statement with this account, number and date was applied from "
                + appliedFrom + " with other content (balances or movements differ); not applied");
    }
}
