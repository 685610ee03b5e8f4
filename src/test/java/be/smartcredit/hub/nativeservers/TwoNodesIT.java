package be.smartcredit.hub.nativeservers;

import static be.smartcredit.hub.nativeservers.NativeServers.runDunning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.support.HubProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two hub nodes against one PostgreSQL database and one Artemis broker: both pull the client's invoices from
 * one SFTP folder, ten files a poll (each file is downloaded once, and each node reads some), both run the dunning run at once, and every claim gets
 * exactly one reminder, sent by whichever node's consumer took it.
 * The number of claims is {@code -Dnative.servers.claims} (the issue asks for 10,000; CI runs fewer).
 */
class TwoNodesIT {

    private static final int CLAIMS = Integer.getInteger("native.servers.claims", 40);
    private static final String TODAY = "2018-06-01";
    private static final Duration PATIENCE = Duration.ofSeconds(120 + CLAIMS);

    private final NativeServers servers = new NativeServers();

    @Test
    void twoNodesShareOneRunAndSendEveryReminderExactlyOnce() throws Exception {
        String database = servers.createDatabase("two_nodes");
        Path printShop = servers.newPrintFolder("two-nodes");
        servers.purgeMail();
        Path data = TestData.newDirectory("native-two-nodes");
        Path source = servers.newSourceFolder("two-nodes");
        Path connectors = servers.connectorsPullingFrom(source);

        try (HubProcess first = startNode(data.resolve("node-1"), database, printShop, connectors);
                HubProcess second = startNode(data.resolve("node-2"), database, printShop, connectors)) {
            NativeServers.dropInvoices(source, "NODES", CLAIMS);
            await().atMost(PATIENCE).until(() -> claimCount(database) == CLAIMS);
            await().atMost(PATIENCE).until(() -> downloaded(data, "node-1") + downloaded(data, "node-2") >= CLAIMS);

            CompletableFuture<Integer> runOnFirst = CompletableFuture.supplyAsync(() -> runDunning(first));
            CompletableFuture<Integer> runOnSecond = CompletableFuture.supplyAsync(() -> runDunning(second));
            assertThat(runOnFirst.get() + runOnSecond.get()).isEqualTo(CLAIMS);

            await().atMost(PATIENCE).until(() -> servers.mailMessageIds().size() >= CLAIMS
                    && letters(data, "node-1") + letters(data, "node-2") >= CLAIMS);
            assertThat(runDunning(first) + runDunning(second)).isZero();
        }

        List<String> mails = servers.mailMessageIds();
        assertThat(mails).hasSize(CLAIMS);
        assertThat(new HashSet<>(mails)).hasSize(CLAIMS);
        assertThat(letters(data, "node-1") + letters(data, "node-2")).isEqualTo(CLAIMS);
        assertThat(letters(data, "node-1")).as("letters dispatched by node 1").isPositive();
        assertThat(letters(data, "node-2")).as("letters dispatched by node 2").isPositive();
        assertThat(actionCount(database)).isEqualTo(CLAIMS);
        assertThat(downloaded(data, "node-1") + downloaded(data, "node-2")).as("invoices downloaded")
                .isEqualTo(CLAIMS);
        assertThat(downloaded(data, "node-1")).as("invoices downloaded by node 1").isPositive();
        assertThat(downloaded(data, "node-2")).as("invoices downloaded by node 2").isPositive();
    }

    private HubProcess startNode(Path data, String database, Path printShop, Path connectors) throws Exception {
        List<String> arguments = new ArrayList<>(servers.hubArguments(database, printShop));
        arguments.add("--smartcredit.clock.today=" + TODAY);
        arguments.add("--smartcredit.clock.time=10:00");
        HubProcess node = new HubProcess(data, arguments.toArray(String[]::new)).withConnectors(connectors);
        node.start();
        node.awaitHealthy(HubProcess.START_PATIENCE);
        return node;
    }

    /** The invoices a node downloaded and took: each one ends in its archive. */
    private static long downloaded(Path data, String node) throws IOException {
        Path archive = data.resolve(node).resolve("inbox/demo/peppol/.archive");
        if (!Files.isDirectory(archive)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(archive)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".xml")).count();
        }
    }

    private static int letters(Path data, String node) {
        return TestData.files(data.resolve(node).resolve("outbox/print").resolve(TODAY), ".pdf").size();
    }

    private long claimCount(String database) throws SQLException {
        return servers.count(database, "SELECT count(*) FROM claims");
    }

    private long actionCount(String database) throws SQLException {
        return servers.count(database, "SELECT count(*) FROM dunning_actions");
    }
}
