package be.smartcredit.hub.payment.statement;

/** The bank format a statement arrived in. */
public enum StatementFormat {
    CODA,
    CAMT053,
    /** Not a statement: a single payment announced by a payment provider's webhook. */
    WEBHOOK
}
