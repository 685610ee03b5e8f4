package be.smartcredit.hub.dunning;

import be.smartcredit.hub.dunning.law.BelgianCalendar;
import be.smartcredit.hub.dunning.law.FormalNoticeTerm;
import be.smartcredit.hub.dunning.law.ReminderTerm;
import be.smartcredit.hub.dunning.law.Ruling;
import java.time.LocalDate;

/**
 * Terms as the law counts them: a consumer's first reminder gives 14 days from the third working day
 * after posting (the day after an e-mail), a formal notice at least 15 days; a procedure may give more,
 * never less, and every correction says why.
 */
class LawTermRule implements TermRule {

    private final ReminderTerm reminderTerm;

    LawTermRule(BelgianCalendar calendar) {
        this.reminderTerm = new ReminderTerm(calendar);
    }

    @Override
    public Term term(StepKind kind, DebtorKind debtor, Channel channel, LocalDate sentOn, int daysAsked) {
        if (kind == StepKind.FORMAL_NOTICE) {
            Ruling<LocalDate> payBy = FormalNoticeTerm.payBy(sentOn, daysAsked);
            return payBy.corrected()
                    ? new Term(payBy.value(), String.join("; ", payBy.reasons()), "formal-notice-term-floor")
                    : new Term(payBy.value(), null, null);
        }
        if (kind == StepKind.REMINDER_1 && debtor == DebtorKind.CONSUMER) {
            return consumerFirstReminder(channel, sentOn, daysAsked);
        }
        return new Term(sentOn.plusDays(daysAsked), null, null);
    }

    private Term consumerFirstReminder(Channel channel, LocalDate sentOn, int daysAsked) {
        ReminderTerm.Channel way = channel.isPaper() ? ReminderTerm.Channel.PAPER : ReminderTerm.Channel.ELECTRONIC;
        LocalDate legalEnd = reminderTerm.termEnds(sentOn, way);
        LocalDate askedEnd = sentOn.plusDays(daysAsked);
        if (!askedEnd.isBefore(legalEnd)) {
            return new Term(askedEnd, null, null);
        }
        return new Term(legalEnd, "the procedure asked " + daysAsked + " days from " + sentOn + "; a consumer's "
                + "free first reminder gives 14 days from " + reminderTerm.termStarts(sentOn, way)
                + (channel.isPaper() ? " (third working day after posting)" : " (the day after sending)"),
                "book-xix-reminder-term");
    }
}
