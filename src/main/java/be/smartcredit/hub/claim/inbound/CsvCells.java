package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.connector.Connector.CsvFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Currency;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/** The cells of one CSV row, read as the claim fields the connector maps them to. */
final class CsvCells {

    private static final int MAX_TEXT = 300;

    private final CSVRecord record;
    private final CsvClaimReader.CsvColumns columns;
    private final CsvFormat format;

    CsvCells(CSVRecord record, CsvClaimReader.CsvColumns columns, CsvFormat format) {
        this.record = record;
        this.columns = columns;
        this.format = format;
    }

    /** The cell as written, or null when the field is not mapped or the row is too short. */
    String raw(String field) {
        Integer index = columns.indexes().get(field);
        return index == null || index >= record.size() ? null : record.get(index);
    }

    String column(String field) {
        return field + " (" + columns.labels().getOrDefault(field, "not mapped") + ")";
    }

    String text(String field, boolean required) {
        String value = raw(field);
        if (value == null || value.isBlank()) {
            if (required) {
                throw new CsvCellException(column(field), "is empty");
            }
            return null;
        }
        if (value.length() > MAX_TEXT || value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            throw new CsvCellException(column(field), "is longer than " + MAX_TEXT
                    + " characters or holds control characters");
        }
        return value.strip();
    }

    String oneOf(String field, String... allowed) {
        String value = text(field, false);
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!java.util.List.of(allowed).contains(lower)) {
            throw new CsvCellException(column(field), "'" + value + "' is none of " + String.join(", ", allowed));
        }
        return lower;
    }

    LocalDate date(String field, boolean required) {
        String value = text(field, required);
        if (value == null) {
            return null;
        }
        for (String pattern : format.dateFormats()) {
            try {
                return LocalDate.parse(value, strict(pattern));
            } catch (DateTimeParseException notThisOne) {
                // the next format may fit
            }
        }
        throw new CsvCellException(column(field), "'" + value + "' is not a date in " + format.dateFormats());
    }

    // Strict resolving refuses 31/02 instead of making it 29/02; it needs the proleptic year 'u' for 'y'.
    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    BigDecimal amount(String field) {
        String value = text(field, true);
        String plain = value.replaceAll("[\\s\\u00A0']", "");
        plain = format.decimalSeparator() == ',' ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
        if (!plain.matches("-?\\d{1,13}(\\.\\d{1,2})?")) {
            throw new CsvCellException(column(field), "'" + value + "' is not an amount with at most two decimals "
                    + "after a decimal " + (format.decimalSeparator() == ',' ? "comma" : "point"));
        }
        return new BigDecimal(plain);
    }

    String currency(String field) {
        String value = text(field, false);
        if (value == null) {
            return "EUR";
        }
        try {
            return Currency.getInstance(value.toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException notIso) {
            throw new CsvCellException(column(field), "'" + value + "' is not an ISO 4217 currency");
        }
    }
}
