package be.smartcredit.hub.dunning;

/** The kinds of step a procedure is made of, in the order the default procedure takes them. */
public enum StepKind {
    INVOICE_SENDING(false, true),
    REMINDER_1(true, true),
    REMINDER_2(true, false),
    FORMAL_NOTICE(true, false),
    SMS_REMINDER(false, false),
    PHONE_CAMPAIGN(false, false),
    MEDIATOR_VISIT(false, false),
    LAWYER_LETTER(true, false),
    BAILIFF_NOTICE(false, false),
    JUDICIAL_RECOVERY(false, false);

    private final boolean letter;
    private final boolean perClaim;

    StepKind(boolean letter, boolean perClaim) {
        this.letter = letter;
        this.perClaim = perClaim;
    }

    /** Whether the hub renders and sends a letter for this step; other steps become tasks. */
    public boolean isLetter() {
        return letter;
    }

    /** Whether every claim must have this step itself (invoice sending, the free first reminder). */
    public boolean isPerClaim() {
        return perClaim;
    }

    /** Whether this step belongs to the amicable phase or later, the escalation a client may hold back. */
    public boolean isEscalation() {
        return ordinal() >= FORMAL_NOTICE.ordinal();
    }
}
