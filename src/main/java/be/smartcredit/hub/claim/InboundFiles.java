package be.smartcredit.hub.claim;

import be.smartcredit.hub.claim.inbound.CsvClaimReader;
import be.smartcredit.hub.claim.inbound.CsvRow;
import be.smartcredit.hub.claim.inbound.UnreadableDocumentException;
import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.platform.Correlation;
import be.smartcredit.hub.platform.FlowMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes one inbound file of a connector, whatever channel brought it (folder, SFTP, HTTP): checks its name and
 * size before reading it, takes the same content only once, and reads it as UBL or as the connector's CSV export.
 */
@Service
public class InboundFiles {

    /** A UBL invoice or credit note, bare or in an SBDH envelope. */
    public static final String UBL = "ubl";
    /** A CSV export laid out as the connector's {@code csv} block says. */
    public static final String CSV = "csv";

    private static final Logger log = LoggerFactory.getLogger(InboundFiles.class);

    /** CSV rows stored per transaction: large enough to pay one round trip per step, small enough to lock briefly. */
    private static final int CSV_BATCH = 1_000;

    private final ClaimIntake intake;
    private final Connectors connectors;
    private final ReceivedFiles received;
    private final IngestReport report;
    private final FlowMetrics metrics;

    InboundFiles(ClaimIntake intake, Connectors connectors, ReceivedFiles received, IngestReport report,
            FlowMetrics metrics) {
        this.intake = intake;
        this.connectors = connectors;
        this.received = received;
        this.report = report;
        this.metrics = metrics;
    }

    /** A file in a connector's inbox folder; {@code resultFile} and {@code failedResultFile} get CSV row results. */
    public FileOutcome receiveFile(String path, String fileName, String connectorId, String format, String channel,
            String resultFile, String failedResultFile) {
        long started = metrics.start();
        try {
            Connector connector = connectors.get(connectorId);
            InboundFileNames.requireSafe(fileName);
            requireSize(connector, fileName, size(Path.of(path)));
            byte[] content = read(Path.of(path));
            FileOutcome outcome = take(connector, content, new Delivery(fileName, format, channel,
                    Path.of(resultFile), Path.of(failedResultFile)));
            metrics.received(connectorId, channel, started);
            return outcome;
        } catch (RuntimeException refused) {
            metrics.rejected(connectorId, channel, started);
            throw refused;
        }
    }

    /** A document received in memory (an HTTP request body, already bounded by the caller). */
    public FileOutcome receive(byte[] content, String fileName, String connectorId, String format, String channel,
            Path resultFile, Path failedResultFile) {
        long started = metrics.start();
        try {
            Connector connector = connectors.get(connectorId);
            InboundFileNames.requireSafe(fileName);
            requireSize(connector, fileName, content.length);
            FileOutcome outcome = take(connector, content, new Delivery(fileName, format, channel, resultFile,
                    failedResultFile));
            metrics.received(connectorId, channel, started);
            return outcome;
        } catch (RuntimeException refused) {
            metrics.rejected(connectorId, channel, started);
            throw refused;
        }
    }

    private FileOutcome take(Connector connector, byte[] content, Delivery delivery) {
        String hash = sha256(content);
        try (Correlation.Scope scope = Correlation.open(Correlation.ofContent(hash))) {
            return take(connector, content, delivery, hash);
        }
    }

    private FileOutcome take(Connector connector, byte[] content, Delivery delivery, String hash) {
        Optional<String> earlier = received.earlierName(connector.id(), hash);
        if (earlier.isPresent()) {
            log.info("File already received: connector='{}' file='{}' first='{}'.", connector.id(),
                    delivery.fileName(), earlier.get());
            report.accepted(connector.id(), delivery.channel(), delivery.fileName(), 0,
                    "the same content was received before as '" + earlier.get() + "'");
            return new FileOutcome(List.of(), 0, 0, true);
        }

        FileOutcome outcome = CSV.equals(delivery.format()) ? takeCsv(connector, content, delivery)
                : takeUbl(connector, content, delivery.fileName());
        received.record(connector.id(), hash, delivery.fileName(), delivery.channel());
        received.correlate(outcome.claimIds(), Correlation.ofContent(hash));
        report.accepted(connector.id(), delivery.channel(), delivery.fileName(), outcome.claimIds().size(),
                outcome.summary());
        return outcome;
    }

    private FileOutcome takeUbl(Connector connector, byte[] content, String fileName) {
        Claims.Registration registration = intake.receive(content, fileName, connector.id());
        return new FileOutcome(List.of(registration.claimId()), registration.duplicate() ? 1 : 0, 0, false);
    }

    private FileOutcome takeCsv(Connector connector, byte[] content, Delivery delivery) {
        if (connector.csv() == null) {
            throw new UnreadableDocumentException(delivery.fileName(), "the whole file",
                    "connector '" + connector.id() + "' has no csv block, so its CSV layout is unknown");
        }
        List<CsvRow> rows = CsvClaimReader.read(content, delivery.fileName(), connector.csv());
        CsvResults results = new CsvResults(delivery.fileName());
        rows.stream().filter(row -> !row.isAccepted()).forEach(results::rejected);
        if (results.rejectedRows() > 0 && connector.csv().allOrNothing() || results.rejectedRows() == rows.size()) {
            results.write(delivery.failedResultFile());
            throw new DocumentRejectedException(delivery.fileName(), results.refusal(rows.size(),
                    connector.csv().allOrNothing()));
        }

        List<CsvRow> accepted = rows.stream().filter(CsvRow::isAccepted).toList();
        for (int first = 0; first < accepted.size(); first += CSV_BATCH) {
            registerBatch(connector, accepted.subList(first, Math.min(first + CSV_BATCH, accepted.size())),
                    delivery.fileName(), results);
        }
        results.write(delivery.resultFile());
        return results.outcome();
    }

    // A batch the database refuses as a whole is stored again row by row, so one bad row costs only itself.
    private void registerBatch(Connector connector, List<CsvRow> batch, String fileName, CsvResults results) {
        List<ClaimIntake.OwnOutcome> outcomes;
        try {
            outcomes = intake.receiveOwn(connector, batch.stream().map(row -> new ClaimIntake.OwnClaim(row.claim(),
                    row.debtorType(), row.debtorLanguage(), fileName + ", line " + row.line())).toList());
        } catch (RuntimeException refused) {
            log.warn("CSV batch refused, storing its rows one by one: connector='{}' file='{}' lines='{}-{}' "
                    + "reason='{}'.", connector.id(), fileName, batch.get(0).line(), batch.get(batch.size() - 1).line(),
                    refused.getMessage());
            batch.forEach(row -> registerRow(connector, row, fileName, results));
            return;
        }

        for (int i = 0; i < batch.size(); i++) {
            ClaimIntake.OwnOutcome outcome = outcomes.get(i);
            if (outcome.refusal() == null) {
                results.registered(batch.get(i), outcome.registration());
            } else {
                log.warn("CSV row refused: connector='{}' file='{}' line='{}' reason='{}'.", connector.id(), fileName,
                        batch.get(i).line(), outcome.refusal());
                results.rejected(CsvRow.rejectedLater(batch.get(i), outcome.refusal()));
            }
        }
    }

    private void registerRow(Connector connector, CsvRow row, String fileName, CsvResults results) {
        try {
            Claims.Registration registration = intake.receiveOwn(connector, row.claim(), row.debtorType(),
                    row.debtorLanguage(), fileName + ", line " + row.line());
            results.registered(row, registration);
        } catch (RuntimeException refused) {
            log.warn("CSV row refused: connector='{}' file='{}' line='{}' reason='{}'.", connector.id(), fileName,
                    row.line(), refused.getMessage());
            results.rejected(CsvRow.rejectedLater(row, refused.getMessage()));
        }
    }

    private static void requireSize(Connector connector, String fileName, long size) {
        if (size > connector.maxFileBytes()) {
            throw new UnreadableDocumentException(fileName, "the whole file", "it has " + size
                    + " bytes, more than the limit of " + connector.maxFileBytes() + " (max-file-bytes of connector '"
                    + connector.id() + "'); it was not read");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot see the size of " + file, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /** How one file arrived and where its CSV row results go. */
    private record Delivery(String fileName, String format, String channel, Path resultFile, Path failedResultFile) {
    }

    /** What became of one file: the claims it holds, how many were already there, how many rows were refused. */
    public record FileOutcome(List<Long> claimIds, int duplicates, int rejectedRows, boolean duplicateFile) {

        String summary() {
            return claimIds.size() + " claim(s), " + duplicates + " already known, " + rejectedRows
                    + " row(s) refused";
        }
    }
}
