package be.smartcredit.hub.claim;

import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import be.smartcredit.hub.platform.Quarantine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The daily ingest summary of each connector, {@code <data-dir>/outbox/reports/<connector>/<date>-ingest.csv}: one
 * line per inbound file, accepted or rejected, with the number of claims and the reason.
 */
// Limitation: the summary is only written as a file; a connector's reports.email is read but nothing is mailed yet.
@Component
public class IngestReport {

    private static final String HEADER = SpreadsheetCells.line("time", "channel", "file", "outcome", "claims",
            "detail");

    private final HubSettings settings;
    private final HubClock clock;

    IngestReport(HubSettings settings, HubClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public void accepted(String connectorId, String channel, String fileName, int claims, String detail) {
        append(connectorId, channel, fileName, "accepted", claims, detail);
    }

    /** Called by the inbound routes' error handler; files of no connector (bank statements) are not reported. */
    public void rejected(String connectorId, String channel, String fileName, Throwable failure) {
        if (connectorId != null) {
            append(connectorId, channel, fileName, "rejected", 0, Quarantine.reasonOf(failure));
        }
    }

    /** Today's report of a connector. */
    public Path file(String connectorId) {
        return settings.outbox().resolve("reports").resolve(connectorId)
                .resolve(clock.today() + "-ingest.csv");
    }

    private synchronized void append(String connectorId, String channel, String fileName, String outcome,
            int claims, String detail) {
        Path file = file(connectorId);
        String time = clock.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.writeString(file, HEADER, StandardCharsets.UTF_8);
            }
            Files.writeString(file, SpreadsheetCells.line(time, channel, fileName, outcome, claims, detail),
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ingest report " + file, e);
        }
    }
}
