package be.smartcredit.hub.claim;

import be.smartcredit.hub.claim.inbound.CsvRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What became of each row of one CSV export, written as {@code <name>.result.csv} beside the kept file. */
final class CsvResults {

    private final String fileName;
    private final List<Line> lines = new ArrayList<>();
    private final List<Long> claimIds = new ArrayList<>();
    private int duplicates;
    private int rejected;

    CsvResults(String fileName) {
        this.fileName = fileName;
    }

    void rejected(CsvRow row) {
        rejected++;
        lines.add(new Line(row.line(), row.column(), "rejected", row.numberCell(), row.problem()));
    }

    void registered(CsvRow row, Claims.Registration registration) {
        claimIds.add(registration.claimId());
        duplicates += registration.duplicate() ? 1 : 0;
        String status = registration.duplicate() ? "duplicate" : "accepted";
        lines.add(new Line(row.line(), null, status, row.numberCell(), "claim " + registration.claimId()));
    }

    int rejectedRows() {
        return rejected;
    }

    InboundFiles.FileOutcome outcome() {
        return new InboundFiles.FileOutcome(List.copyOf(claimIds), duplicates, rejected, false);
    }

    /** Why the whole file is refused, naming the first bad row. */
    String refusal(int rows, boolean allOrNothing) {
        Line first = lines.stream().min(Comparator.comparingInt(Line::line)).orElseThrow();
        String why = allOrNothing ? " and the connector takes all rows or none" : ", so no row is left";
        return rejected + " of " + rows + " CSV row(s) cannot be read" + why + "; first: line " + first.line()
                + ", column " + first.column() + ": " + first.detail() + " (every row in " + fileName
                + ".result.csv)";
    }

    void write(Path file) {
        StringBuilder text = new StringBuilder(SpreadsheetCells.line("line", "column", "status", "number", "detail"));
        lines.stream().sorted(Comparator.comparingInt(Line::line))
                .forEach(l -> text.append(SpreadsheetCells.line(l.line(), l.column(), l.status(), l.number(),
                        l.detail())));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV results " + file, e);
        }
    }

    /** One row's line in the result file. */
    private record Line(int line, String column, String status, String number, String detail) {
    }
}
