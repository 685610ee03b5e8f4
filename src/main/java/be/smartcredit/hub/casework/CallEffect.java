package be.smartcredit.hub.casework;

/** What a recorded call attempt does to the campaign and the dossier. */
public enum CallEffect {
    /** Not reached: the next attempt is planned. */
    NEXT_ATTEMPT,
    /** A promise to pay: the claims are held until the promised date. */
    PROMISE_HOLD,
    /** A payment plan is agreed on the dossier. */
    PLAN,
    /** A dispute: the claims are held until it is resolved. */
    DISPUTE_HOLD,
    /** Refused, a wrong number, or unreachable after every attempt: the dossier moves on to its next step. */
    NEXT_STEP
}
