package be.smartcredit.hub.dunning;

import java.time.LocalDate;

/**
 * A stand-in for the legal term rules: calendar days from the sending date, with the legal floors
 * (14 days after a consumer's first reminder, 15 days for a formal notice).
 * Limitation: no working days, holidays or the third-working-day start of a paper reminder's term; the
 * law package's ReminderTerm and FormalNoticeTerm replace this class.
 */
public class CalendarTermRule implements TermRule {

    static final int CONSUMER_REMINDER_FLOOR = 14;
    static final int FORMAL_NOTICE_FLOOR = 15;

    @Override
    public Term term(StepKind kind, DebtorKind debtor, Channel channel, LocalDate sentOn, int daysAsked) {
        if (kind == StepKind.FORMAL_NOTICE && daysAsked < FORMAL_NOTICE_FLOOR) {
            return new Term(sentOn.plusDays(FORMAL_NOTICE_FLOOR), "the procedure asked a term of " + daysAsked
                    + " days; a formal notice gives at least " + FORMAL_NOTICE_FLOOR, "formal-notice-term-floor");
        }
        if (kind == StepKind.REMINDER_1 && debtor == DebtorKind.CONSUMER && daysAsked < CONSUMER_REMINDER_FLOOR) {
            return new Term(sentOn.plusDays(CONSUMER_REMINDER_FLOOR), "the procedure asked a term of " + daysAsked
                    + " days; a consumer's free first reminder gives at least " + CONSUMER_REMINDER_FLOOR,
                    "book-xix-reminder-term");
        }
        return new Term(sentOn.plusDays(daysAsked), null, null);
    }
}
