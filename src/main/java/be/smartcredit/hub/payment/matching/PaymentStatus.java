package be.smartcredit.hub.payment.matching;

/** Where a received movement stands. */
public enum PaymentStatus {
    /** Allocated to one or more claims (an overpayment's rest is a credit on the debtor). */
    MATCHED,
    /** No rule found its claim: it waits in the queue for a person, with suggestions. */
    UNMATCHED,
    /** Not applied until a person looks: another currency, or a statement that does not add up. */
    HELD,
    /** A returned or reversed payment that reopened the claim it had paid. */
    REVERSED,
    /** A debit that concerns no claim (the client's own spending): kept, not worked. */
    OUTGOING
}
