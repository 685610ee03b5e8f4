package be.smartcredit.hub.dunning;

/** Where a dossier stands. */
public enum DossierStatus {
    /** The procedure follows it. */
    ACTIVE,
    /** A payment plan runs; no steps while it is kept. */
    ON_PLAN,
    /** The next step is an escalation the client must approve first. */
    AWAITING_APPROVAL,
    /** The client refused the escalation: no further steps, payments still count. */
    ESCALATION_REFUSED,
    /** A letter could not reach the debtor: no step until an address arrives or a person releases it. */
    UNDELIVERABLE,
    /** Done, with a closing reason. */
    CLOSED
}
