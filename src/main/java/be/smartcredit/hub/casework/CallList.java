package be.smartcredit.hub.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * The agents' call list for one day: the attempts planned that day, by part of the day, and within it the
 * largest open amount first, then the oldest debt, then the debtor not contacted for longest.
 */
public final class CallList {

    static final Comparator<Entry> PRIORITY = Comparator.comparing(Entry::window)
            .thenComparing(Entry::open, Comparator.reverseOrder())
            .thenComparing(Entry::oldestDue, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Entry::lastContact, Comparator.nullsFirst(Comparator.naturalOrder()));

    private CallList() {
    }

    /** The entries in the order agents should call them. */
    public static List<Entry> prioritised(List<Entry> entries) {
        return entries.stream().sorted(PRIORITY).toList();
    }

    /**
     * One call to make.
     *
     * @param campaignId the campaign, for recording the attempt
     * @param dossierId the dossier
     * @param attempt the attempt's number in its campaign
     * @param window the part of the day to call in
     * @param from when the window opens
     * @param until when it closes
     * @param open what the dossier's claims still owe
     * @param oldestDue the oldest open claim's due date
     * @param lastContact the last letter or call, or {@code null}
     */
    public record Entry(long campaignId, long dossierId, int attempt, DayPart window, ZonedDateTime from,
            ZonedDateTime until, BigDecimal open, LocalDate oldestDue, LocalDate lastContact) {

        /** Days since the oldest open claim was due, on {@code day}. */
        public long ageDays(LocalDate day) {
            return oldestDue == null ? 0 : Math.max(0, day.toEpochDay() - oldestDue.toEpochDay());
        }
    }
}
