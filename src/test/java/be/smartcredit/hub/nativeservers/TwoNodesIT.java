package be.smartcredit.hub.nativeservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.support.HubProcess;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Two hub nodes against one PostgreSQL database and one Artemis broker: both ingest, both run the dunning
 * run at once, and every claim gets exactly one reminder, sent by whichever node's consumer took it.
 * The number of claims is {@code -Dnative.servers.claims} (the issue asks for 10,000; CI runs fewer).
 */
class TwoNodesIT {

    private static final int CLAIMS = Integer.getInteger("native.servers.claims", 40);
    private static final String TODAY = "2018-06-01";
    private static final Duration PATIENCE = Duration.ofSeconds(120 + CLAIMS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NativeServers servers = new NativeServers();

    @Test
    void twoNodesShareOneRunAndSendEveryReminderExactlyOnce() throws Exception {
        String database = servers.createDatabase("two_nodes");
        Path printShop = servers.newPrintFolder("two-nodes");
        servers.purgeMail();
        Path data = TestData.newDirectory("native-two-nodes");

        try (HubProcess first = startNode(data.resolve("node-1"), database, printShop);
                HubProcess second = startNode(data.resolve("node-2"), database, printShop)) {
            dropInvoices(data.resolve("node-1"), 1, CLAIMS / 2);
            dropInvoices(data.resolve("node-2"), CLAIMS / 2 + 1, CLAIMS);
            await().atMost(PATIENCE).until(() -> claimCount(database) == CLAIMS);

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
    }

    private HubProcess startNode(Path data, String database, Path printShop) throws Exception {
        List<String> arguments = new ArrayList<>(servers.hubArguments(database, printShop));
        arguments.add("--smartcredit.clock.today=" + TODAY);
        HubProcess node = new HubProcess(data, arguments.toArray(String[]::new));
        node.start();
        node.awaitHealthy(HubProcess.START_PATIENCE);
        return node;
    }

    private static void dropInvoices(Path data, int from, int to) throws IOException {
        Path inbox = Files.createDirectories(data.resolve("inbox/demo/peppol"));
        for (int i = from; i <= to; i++) {
            String number = String.format("NODES-%05d", i);
            Files.writeString(inbox.resolve(number + ".xml.part"), TestData.baseExampleForOwnBuyer(number, i));
            Files.move(inbox.resolve(number + ".xml.part"), inbox.resolve(number + ".xml"));
        }
    }

    private static int runDunning(HubProcess node) {
        try {
            return JSON.readTree(node.post("/api/v1/dunning/runs").orElseThrow()).get("actionsCreated").asInt();
        } catch (IOException e) {
            throw new AssertionError("the dunning run answered no JSON", e);
        }
    }

    private static int letters(Path data, String node) {
        return TestData.files(data.resolve(node).resolve("outbox/print").resolve(TODAY), ".pdf").size();
    }

    private long claimCount(String database) throws SQLException {
        return count(database, "SELECT count(*) FROM claims");
    }

    private long actionCount(String database) throws SQLException {
        return count(database, "SELECT count(*) FROM dunning_actions");
    }

    private long count(String database, String sql) throws SQLException {
        try (Connection connection = servers.connect(database); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
