package be.smartcredit.hub.claim;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim's due date and how it was found: given by the document, derived from its payment terms note ("30 days",
 * "30 dagen", "30 jours", "net 14", "30 days end of month"), or the connector's default term.
 */
public record DueDate(LocalDate date, String basis) {

    public static final String FROM_DOCUMENT = "document";

    private static final Pattern DAYS = Pattern.compile(
            "(?iu)\\b(\\d{1,3})\\s*(?:days?|dagen|dag|jours?|j|tage?)\\b(\\s*(?:end of month|eom|einde (?:van de )?"
                    + "maand|fin de mois|fin du mois|monatsende))?");
    private static final Pattern NET = Pattern.compile("(?iu)\\b(?:net|netto)\\s*(\\d{1,3})\\b");

    /** The due date for a document's dates and terms, falling back to {@code defaultTermDays} after issue. */
    public static DueDate derive(LocalDate issueDate, LocalDate given, String termsNote, int defaultTermDays) {
        if (given != null) {
            return new DueDate(given, FROM_DOCUMENT);
        }
        Optional<DueDate> fromTerms = fromTerms(issueDate, termsNote);
        return fromTerms.orElseGet(() -> new DueDate(issueDate.plusDays(defaultTermDays),
                "connector default term of " + defaultTermDays + " days"));
    }

    static Optional<DueDate> fromTerms(LocalDate issueDate, String note) {
        if (note == null || note.isBlank()) {
            return Optional.empty();
        }
        String quoted = "payment terms '" + note.strip().replaceAll("\\s+", " ") + "'";
        Matcher days = DAYS.matcher(note);
        if (days.find()) {
            LocalDate due = issueDate.plusDays(Integer.parseInt(days.group(1)));
            boolean endOfMonth = days.group(2) != null;
            return Optional.of(new DueDate(endOfMonth ? due.with(TemporalAdjusters.lastDayOfMonth()) : due, quoted));
        }
        Matcher net = NET.matcher(note);
        if (net.find()) {
            return Optional.of(new DueDate(issueDate.plusDays(Integer.parseInt(net.group(1))), quoted));
        }
        return Optional.empty();
    }
}
