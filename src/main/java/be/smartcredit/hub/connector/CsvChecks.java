package be.smartcredit.hub.connector;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the {@code csv} block of a connector file: the column map, separators, charset and date formats. */
final class CsvChecks {

    /** The claim fields a CSV column can fill. */
    static final Set<String> FIELDS = Set.of("number", "issue-date", "due-date", "amount", "currency",
            "debtor-name", "debtor-street", "debtor-postcode", "debtor-city", "debtor-country", "debtor-email",
            "debtor-vat", "debtor-enterprise-number", "debtor-type", "debtor-language", "payment-terms",
            "credit-note-for");

    /** The fields a CSV export cannot do without. */
    static final List<String> REQUIRED = List.of("number", "issue-date", "amount", "debtor-name");

    private CsvChecks() {
    }

    /** The {@code csv} block as written. */
    record CsvFile(Map<String, Object> columns, String delimiter, String quote, String charset, Boolean header,
            String decimalSeparator, List<String> dateFormats, Boolean allOrNothing) {
    }

    static Connector.CsvFormat check(CsvFile csv, FieldChecks checks) {
        if (csv == null) {
            return null;
        }
        Map<String, String> columns = columns(csv.columns(), checks);
        checks.optional("csv.delimiter", csv.delimiter(), "[;,|\\t]|\\\\t");
        checks.optional("csv.quote", csv.quote(), "[\"']");
        checks.optional("csv.decimal-separator", csv.decimalSeparator(), "[.,]");
        String charset = csv.charset() == null ? "UTF-8" : csv.charset();
        checkCharset(charset, checks);
        List<String> dateFormats = csv.dateFormats() == null ? List.of("yyyy-MM-dd") : csv.dateFormats();
        dateFormats.forEach(format -> checkDateFormat(format, checks));
        return new Connector.CsvFormat(columns, delimiter(csv.delimiter()), first(csv.quote(), '"'), charset,
                csv.header() == null || csv.header(), first(csv.decimalSeparator(), '.'), List.copyOf(dateFormats),
                Boolean.TRUE.equals(csv.allOrNothing()));
    }

    private static Map<String, String> columns(Map<String, Object> given, FieldChecks checks) {
        Map<String, String> columns = new LinkedHashMap<>();
        if (given == null) {
            checks.problem("field 'csv.columns' is missing");
            return columns;
        }
        given.forEach((field, column) -> {
            if (!FIELDS.contains(field)) {
                checks.problem("field 'csv.columns." + field + "' is not a claim field; known: " + FIELDS);
            } else if (column == null || column.toString().isBlank()) {
                checks.problem("field 'csv.columns." + field + "' names no column");
            } else {
                columns.put(field, column.toString().trim());
            }
        });
        REQUIRED.stream().filter(field -> !given.containsKey(field))
                .forEach(field -> checks.problem("field 'csv.columns." + field + "' is missing"));
        return Map.copyOf(columns);
    }

    private static void checkCharset(String charset, FieldChecks checks) {
        try {
            Charset.forName(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            checks.problem("field 'csv.charset' has '" + charset + "', which is not a known charset");
        }
    }

    private static void checkDateFormat(String format, FieldChecks checks) {
        try {
            DateTimeFormatter.ofPattern(format);
        } catch (IllegalArgumentException bad) {
            checks.problem("field 'csv.date-formats' has '" + format + "': " + bad.getMessage());
        }
    }

    private static char delimiter(String given) {
        if (given == null) {
            return ';';
        }
        return "\\t".equals(given) ? '\t' : given.charAt(0);
    }

    private static char first(String given, char fallback) {
        return given == null || given.isEmpty() ? fallback : given.charAt(0);
    }
}
