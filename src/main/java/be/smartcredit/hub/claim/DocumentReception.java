package be.smartcredit.hub.claim;

import be.smartcredit.hub.claim.inbound.UnreadableDocumentException;
import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import be.smartcredit.hub.platform.Quarantine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes one document that arrived in memory (an HTTP body, a portal upload) as if it had been dropped in a folder:
 * the intake reads it, the body is archived under {@code inbox/<connector>/<channel>/.archive/<date>/} with its CSV
 * row results beside it, or quarantined under {@code quarantine/<connector>/<channel>/} with the reason.
 */
@Service
public class DocumentReception {

    private static final Logger log = LoggerFactory.getLogger(DocumentReception.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS");

    private final InboundFiles inboundFiles;
    private final IngestReport report;
    private final HubSettings settings;
    private final HubClock clock;

    DocumentReception(InboundFiles inboundFiles, IngestReport report, HubSettings settings, HubClock clock) {
        this.inboundFiles = inboundFiles;
        this.report = report;
        this.settings = settings;
        this.clock = clock;
    }

    /** Reads, archives or quarantines the body; never throws for a refused document. */
    public Received take(Connector connector, byte[] body, String name, String format, String channel) {
        String stamp = clock.now().format(STAMP);
        Path archived = folder("inbox", connector, channel).resolve(".archive").resolve(clock.today().toString())
                .resolve(stamp.substring(9) + "-" + safe(name));
        Path quarantined = folder("quarantine", connector, channel).resolve(stamp + "-" + safe(name));
        Path results = Path.of(archived + ".result.csv");
        Path refusedResults = Path.of(quarantined + ".result.csv");
        try {
            InboundFiles.FileOutcome outcome = inboundFiles.receive(body, name, connector.id(), format, channel,
                    results, refusedResults);
            write(archived, body);
            return new Received(name, outcome, null, results);
        } catch (UnreadableDocumentException | DocumentRejectedException refused) {
            String reason = Quarantine.reasonOf(refused);
            write(quarantined, body);
            write(Path.of(quarantined + ".error.txt"), ("file: " + name + "\nreason: " + reason + "\n").getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            report.rejected(connector.id(), channel, name, refused);
            log.warn("Delivery quarantined: connector='{}' channel='{}' file='{}' reason='{}'.", connector.id(),
                    channel, safe(name), reason);
            return new Received(name, null, reason, refusedResults);
        }
    }

    /** Only a name that passed the intake's checks is used as is; anything else is kept under a neutral one. */
    public static String safe(String name) {
        return name.matches("[A-Za-z0-9][A-Za-z0-9._ -]{0,199}") ? name : "document";
    }

    private Path folder(String area, Connector connector, String channel) {
        return settings.dataDir().resolve(area).resolve(connector.id()).resolve(channel);
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * What became of a document: the outcome when it was taken, or the reason it was quarantined; and where its
     * CSV row results are (when it was a CSV file that got that far).
     */
    public record Received(String file, InboundFiles.FileOutcome outcome, String refusal, Path rowResults) {

        public boolean refused() {
            return refusal != null;
        }
    }
}
