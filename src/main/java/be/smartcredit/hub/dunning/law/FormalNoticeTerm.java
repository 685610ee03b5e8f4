package be.smartcredit.hub.dunning.law;

import java.time.LocalDate;

/**
 * The term a collection agency's formal notice gives the debtor before any further step: what the
 * connector asks, but never less than fifteen days, counted from the day after the notice is sent.
 */
public final class FormalNoticeTerm {

    /** The statutory minimum in days. */
    public static final int MINIMUM_DAYS = 15;

    private FormalNoticeTerm() {
    }

    /** The term in days: {@code requestedDays}, or the minimum when the request is shorter. */
    public static Ruling<Integer> days(int requestedDays) {
        if (requestedDays >= MINIMUM_DAYS) {
            return Ruling.asRequested(requestedDays);
        }
        return Ruling.corrected(MINIMUM_DAYS, "the procedure asks a formal-notice term of " + requestedDays
                + " days, but the law requires at least " + MINIMUM_DAYS + " days before any further step"
                + " (amicable collection of consumer debts, Law of 20 December 2002, art. 6): "
                + MINIMUM_DAYS + " days applied");
    }

    /** The last day the debtor has to pay after a notice sent on {@code sentOn}. */
    public static Ruling<LocalDate> payBy(LocalDate sentOn, int requestedDays) {
        Ruling<Integer> days = days(requestedDays);
        return new Ruling<>(sentOn.plusDays(days.value()), days.reasons());
    }
}
