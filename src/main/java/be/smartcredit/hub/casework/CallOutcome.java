package be.smartcredit.hub.casework;

/** What one call attempt came to. */
public enum CallOutcome {
    NO_ANSWER(false),
    VOICEMAIL(false),
    WRONG_NUMBER(false),
    PROMISE_TO_PAY(true),
    PAYMENT_PLAN(true),
    DISPUTE(true),
    REFUSES(true);

    private final boolean reached;

    CallOutcome(boolean reached) {
        this.reached = reached;
    }

    /** Whether the debtor was spoken to. */
    public boolean reached() {
        return reached;
    }
}
