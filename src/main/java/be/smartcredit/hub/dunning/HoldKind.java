package be.smartcredit.hub.dunning;

/** Why a claim is kept off the letters for a while. */
public enum HoldKind {
    /** The debtor disputes the claim; held until the dispute is resolved (the hold is released). */
    DISPUTE,
    /** The debtor promised to pay by a date; the procedure resumes the day after. */
    PROMISE,
    /** A temporary block with an end date. */
    BLOCK,
    /** The client withdrew the claim from the procedure. */
    WITHDRAWAL;

    /** Whether a hold of this kind needs an end date. */
    public boolean needsUntil() {
        return this == PROMISE || this == BLOCK;
    }
}
