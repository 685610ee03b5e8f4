package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.claim.ClaimDocument;
import be.smartcredit.hub.claim.ClaimParty;
import be.smartcredit.hub.claim.DocumentType;
import be.smartcredit.hub.claim.PostalAddress;
import be.smartcredit.hub.connector.Connector.CsvFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a client's CSV export into claims, one per row, by the connector's column map. A row that cannot be read
 * is reported with its line, column and reason, and the other rows are still read. Cells are only ever data: a
 * cell starting with {@code =} is text, never evaluated.
 */
public final class CsvClaimReader {

    private CsvClaimReader() {
    }

    /** The rows of the export; a file that cannot be decoded or split into rows raises an exception instead. */
    public static List<CsvRow> read(byte[] content, String fileName, CsvFormat format) {
        String text = CsvText.decode(content, format.charset(), fileName);
        LineIndex lines = new LineIndex(text);
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(format.delimiter()).setQuote(format.quote())
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(text, csv)) {
            List<CSVRecord> records = parser.getRecords();
            CsvColumns columns = CsvColumns.resolve(format, records, fileName);
            List<CsvRow> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(format.header() && !records.isEmpty() ? 1 : 0, records.size())) {
                rows.add(row(record, lines.lineAt(record.getCharacterPosition()), columns, format));
            }
            return rows;
        } catch (IOException | UncheckedIOException broken) {
            throw new UnreadableDocumentException(fileName, "the CSV structure",
                    "cannot be split into rows: " + broken.getMessage(), broken);
        }
    }

    private static CsvRow row(CSVRecord record, int line, CsvColumns columns, CsvFormat format) {
        CsvCells cells = new CsvCells(record, columns, format);
        String numberCell = cells.raw("number");
        try {
            return CsvRow.accepted(line, claim(cells), cells.oneOf("debtor-type", "consumer", "business"),
                    cells.oneOf("debtor-language", "nl", "fr", "de", "en"));
        } catch (CsvCellException bad) {
            return CsvRow.rejected(line, bad.column(), bad.getMessage(), numberCell);
        }
    }

    private static ClaimDocument claim(CsvCells cells) {
        String creditFor = cells.text("credit-note-for", false);
        DocumentType type = creditFor == null ? DocumentType.INVOICE : DocumentType.CREDIT_NOTE;
        var amount = cells.amount("amount");
        return new ClaimDocument(type, null, cells.text("number", true), cells.date("issue-date", true),
                cells.date("due-date", false), cells.currency("currency"),
                type == DocumentType.CREDIT_NOTE ? amount.abs() : amount, null, null, null, null, null,
                creditFor, cells.text("payment-terms", false), null, null, null, debtor(cells), null);
    }

    private static ClaimParty debtor(CsvCells cells) {
        String country = cells.text("debtor-country", false);
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw new CsvCellException(cells.column("debtor-country"), "'" + country
                    + "' is not a two-letter country code");
        }
        String email = cells.text("debtor-email", false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new CsvCellException(cells.column("debtor-email"), "'" + email + "' is not an e-mail address");
        }
        PostalAddress address = new PostalAddress(cells.text("debtor-street", false), null,
                cells.text("debtor-city", false), cells.text("debtor-postcode", false),
                country == null ? null : country.toUpperCase(Locale.ROOT));
        return new ClaimParty(cells.text("debtor-name", true), null, null, null, cells.text("debtor-vat", false),
                cells.text("debtor-enterprise-number", false), email, null, address);
    }

    /** Where each line of the text starts, to turn a character position into a line number. */
    private static final class LineIndex {

        private final List<Integer> starts = new ArrayList<>(List.of(0));

        LineIndex(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        int lineAt(long position) {
            int index = java.util.Collections.binarySearch(starts, (int) position);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }

    /** The column map of a connector made concrete: the record index of each claim field. */
    record CsvColumns(Map<String, Integer> indexes, Map<String, String> labels) {

        static CsvColumns resolve(CsvFormat format, List<CSVRecord> records, String fileName) {
            List<String> header = format.header() && !records.isEmpty()
                    ? records.get(0).toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList()
                    : List.of();
            Map<String, Integer> indexes = new java.util.HashMap<>();
            Map<String, String> labels = new java.util.HashMap<>();
            List<String> missing = new ArrayList<>();
            new java.util.TreeMap<>(format.columns()).forEach((field, column) -> {
                boolean positional = column.matches("\\d{1,3}");
                int index = positional ? Integer.parseInt(column) - 1
                        : header.indexOf(column.strip().toLowerCase(Locale.ROOT));
                if (index < 0) {
                    missing.add("'" + column + "' (csv.columns." + field + ")");
                }
                indexes.put(field, index);
                labels.put(field, positional ? "column " + column : "'" + column + "'");
            });
            if (!missing.isEmpty()) {
                throw new UnreadableDocumentException(fileName, "line 1 (the header)", "there is no column "
                        + String.join(", ", missing) + " of the connector's column map; the header has " + header);
            }
            return new CsvColumns(Map.copyOf(indexes), Map.copyOf(labels));
        }
    }
}
