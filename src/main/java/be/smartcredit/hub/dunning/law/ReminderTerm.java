package be.smartcredit.hub.dunning.law;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The consumer's term after the first reminder (Code of Economic Law, art. XIX.2): fourteen
 * calendar days, starting on the third working day after a paper reminder is sent, or on the day
 * after an electronic one is sent.
 *
 * <p>The start day counts as the first of the fourteen days, and the term ends at the end of the
 * fourteenth. The end is not moved when it falls on a weekend or holiday: Book XIX speaks of
 * calendar days and, unlike the Judicial Code (art. 53), moves nothing.
 */
public final class ReminderTerm {

    /** The term's length in calendar days. */
    public static final int DAYS = 14;

    /** Working days after the posting of a paper reminder before its term starts. */
    static final int PAPER_DELIVERY_WORKING_DAYS = 3;

    private final BelgianCalendar calendar;

    public ReminderTerm(BelgianCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** How a reminder leaves: on paper by post, or electronically (e-mail and the like). */
    public enum Channel {
        PAPER,
        ELECTRONIC
    }

    /** The first day of the term. */
    public LocalDate termStarts(LocalDate sentOn, Channel channel) {
        return switch (channel) {
            case PAPER -> calendar.nthWorkingDayAfter(sentOn, PAPER_DELIVERY_WORKING_DAYS);
            case ELECTRONIC -> sentOn.plusDays(1);
        };
    }

    /** The last day of the term: the consumer may still pay on this day without any cost. */
    public LocalDate termEnds(LocalDate sentOn, Channel channel) {
        return termStarts(sentOn, channel).plusDays(DAYS - 1L);
    }

    /** The first day on which costs, damages or interest may be claimed. */
    public LocalDate costsMayRunFrom(LocalDate sentOn, Channel channel) {
        return termEnds(sentOn, channel).plusDays(1);
    }
}
