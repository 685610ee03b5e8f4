package be.smartcredit.hub.nativeservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.support.HubProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hub node against the native servers killed with SIGKILL while it takes the client's files and again while it
 * sends the letters: after each restart no file is lost, no claim is doubled, and no letter or e-mail leaves twice
 * (counted at the print shop's SFTP folder and at GreenMail). The number of files and letters is
 * {@code -Dnative.servers.crash.files} (the issue asks for 5,000; CI runs fewer).
 */
class NodeCrashIT {

    private static final Logger log = LoggerFactory.getLogger(NodeCrashIT.class);
    private static final int FILES = Integer.getInteger("native.servers.crash.files", 100);
    private static final String TODAY = "2018-06-01";
    private static final Duration PATIENCE = Duration.ofSeconds(180 + FILES);

    private final NativeServers servers = new NativeServers();

    @Test
    void nodeKilledDuringIngestAndDispatchLosesNoFileAndSendsNothingTwice() throws Exception {
        String database = servers.createDatabase("node_crash");
        Path printShop = servers.newPrintFolder("node-crash");
        servers.purgeMail();
        Path data = TestData.newDirectory("native-node-crash");

        try (HubProcess hub = servers.startHub(data, database, printShop, TODAY)) {
            killedDuringIngest(hub, database, data);
            killedDuringDispatch(hub, database, data);

            assertThat(hub.post("/api/v1/print-batches/" + TODAY + "/close")).isPresent();
        }

        List<String> printed = TestData.files(printShop.resolve(TODAY), ".pdf").stream()
                .map(file -> file.getFileName().toString()).toList();
        assertThat(printed).hasSize(FILES).doesNotHaveDuplicates();
        long uncertain = servers.count(database,
                "SELECT count(*) FROM deliveries WHERE channel = 'EMAIL' AND status = 'UNCERTAIN'");
        List<String> mails = servers.mailMessageIds();
        assertThat(mails).doesNotHaveDuplicates().hasSizeBetween((int) (FILES - uncertain), FILES);
        log.info("Node crash counted: {} files, {} claims, {} printed letters, {} e-mails, {} e-mails uncertain.",
                FILES, servers.count(database, "SELECT count(*) FROM claims"), printed.size(), mails.size(),
                uncertain);
    }

    private void killedDuringIngest(HubProcess hub, String database, Path data) throws Exception {
        long started = System.nanoTime();
        NativeServers.dropInvoices(inbox(data), "CRASH", FILES);
        await().atMost(PATIENCE).until(() -> claimCount(database) >= FILES / 4);
        hub.killHard();
        long atKill = claimCount(database);
        restart(hub);
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2))
                .until(() -> TestData.files(inbox(data), ".xml").isEmpty() && claimCount(database) >= FILES);

        assertThat(claimCount(database)).isEqualTo(FILES);
        assertThat(servers.count(database, "SELECT count(DISTINCT number) FROM claims")).isEqualTo(FILES);
        assertThat(archived(data)).hasSize(FILES).doesNotHaveDuplicates();
        assertThat(TestData.files(data.resolve("quarantine"), ".xml")).isEmpty();
        log.info("Killed during ingest after {} of {} claims; all taken in {} s.", atKill, FILES, seconds(started));
    }

    private void killedDuringDispatch(HubProcess hub, String database, Path data) throws Exception {
        long started = System.nanoTime();
        assertThat(NativeServers.runDunning(hub)).isEqualTo(FILES);
        await().atMost(PATIENCE).until(() -> sentBy(database, "POST") >= FILES / 4);
        hub.killHard();
        long atKill = sentBy(database, "POST");
        restart(hub);
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2))
                .until(() -> sentBy(database, "POST") >= FILES && sentBy(database, "EMAIL") >= FILES);

        assertThat(sentBy(database, "POST")).isEqualTo(FILES);
        assertThat(servers.count(database, "SELECT count(*) FROM dunning_actions")).isEqualTo(FILES);
        assertThat(TestData.files(data.resolve("outbox/print").resolve(TODAY), ".pdf")).hasSize(FILES);
        log.info("Killed during dispatch after {} of {} letters; all sent in {} s.", atKill, FILES, seconds(started));
    }

    private static void restart(HubProcess hub) throws Exception {
        hub.start();
        hub.awaitHealthy(HubProcess.START_PATIENCE);
    }

    /** The files in the archive, by their original names (the archive puts a time stamp before each). */
    private static List<String> archived(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(inbox(data).resolve(".archive"))) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .map(name -> name.substring(name.indexOf("CRASH-"))).toList();
        }
    }

    /** Letters sent by a channel; an e-mail left UNCERTAIN by the kill counts as sent (it is never sent again). */
    private long sentBy(String database, String channel) throws Exception {
        return servers.count(database, "SELECT count(*) FROM deliveries WHERE channel = '" + channel
                + "' AND status IN ('SENT', 'DELIVERED', 'UNCERTAIN')");
    }

    private long claimCount(String database) throws Exception {
        return servers.count(database, "SELECT count(*) FROM claims");
    }

    private static Path inbox(Path data) {
        return data.resolve("inbox/demo/peppol");
    }

    private static long seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
    }
}
