package be.smartcredit.hub.nativeservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.support.HubProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One hub against the native servers while each goes down and comes back: the broker during a dunning run, the
 * database between two ingests, the SMTP server during dispatch. Health names the part that is down while it is
 * down, the hub recovers by itself, and every letter and e-mail leaves once (counted at the print shop's SFTP
 * folder and at GreenMail). A message the hub cannot take lands on the broker's dead-letter address, is listed by
 * the API and can be replayed.
 */
class OutagesIT {

    private static final Logger log = LoggerFactory.getLogger(OutagesIT.class);
    private static final int INVOICES = 5;
    private static final String TODAY = "2018-06-01";
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NativeServers servers = new NativeServers();
    /** The broker's dead letters outlive a test run: this run's poison is told apart by its body. */
    private final String poison = "not-an-action-" + System.currentTimeMillis();

    @Test
    void hubRidesOutBrokerDatabaseAndSmtpOutagesAndSendsEveryLetterOnce() throws Exception {
        String database = servers.createDatabase("outages");
        Path printShop = servers.newPrintFolder("outages");
        servers.purgeMail();
        Path data = TestData.newDirectory("native-outages");

        try (HubProcess hub = servers.startHub(data, database, printShop, TODAY)) {
            servers.sendToQueue("smartcredit.dunning.actions", poison);
            NativeServers.dropInvoices(data.resolve("inbox/demo/peppol"), "BROKER", INVOICES);
            await().atMost(PATIENCE).until(() -> claimCount(database) == INVOICES);

            List<String> duringBrokerOutage = brokerRestartDuringARun(hub, database, data);
            databaseRestartBetweenIngests(hub, database, data);
            List<String> afterSmtpOutage = smtpOutageDuringDispatch(hub, database, data);

            List<String> mails = new ArrayList<>(duringBrokerOutage);
            mails.addAll(afterSmtpOutage);
            assertThat(mails).hasSize(2 * INVOICES).doesNotHaveDuplicates();
            assertThat(hub.post("/api/v1/print-batches/" + TODAY + "/close")).isPresent();
            List<String> printed = TestData.files(printShop.resolve(TODAY), ".pdf").stream()
                    .map(file -> file.getFileName().toString()).toList();
            assertThat(printed).hasSize(2 * INVOICES).doesNotHaveDuplicates();
            assertThat(servers.count(database, "SELECT count(*) FROM dunning_actions")).isEqualTo(2 * INVOICES);
            log.info("Outages counted: {} claims, {} e-mails, {} printed letters.", claimCount(database), mails.size(),
                    printed.size());

            poisonMessageIsADeadLetterAndCanBeReplayed(hub);
        }
    }

    /** Artemis stops, a dunning run plans its actions meanwhile, Artemis comes back and the backlog leaves. */
    private List<String> brokerRestartDuringARun(HubProcess hub, String database, Path data) throws Exception {
        long started = System.nanoTime();
        servers.stage("stop-artemis");
        await().atMost(PATIENCE).until(() -> "DOWN".equals(component(hub, "jms")));
        assertThat(NativeServers.runDunning(hub)).isEqualTo(INVOICES);
        assertThat(servers.count(database, "SELECT count(*) FROM dunning_actions WHERE published_at IS NULL"))
                .isEqualTo(INVOICES);
        servers.stage("start-artemis");
        await().atMost(PATIENCE).until(() -> "UP".equals(component(hub, "jms")));
        await().atMost(PATIENCE).until(() -> servers.mailMessageIds().size() >= INVOICES
                && localLetters(data) >= INVOICES);
        log.info("Broker restart ridden out in {} s.", seconds(started));
        return servers.mailMessageIds();
    }

    /** PostgreSQL stops and starts again; then the next invoices are taken as if nothing had happened. */
    private void databaseRestartBetweenIngests(HubProcess hub, String database, Path data) throws Exception {
        long started = System.nanoTime();
        servers.stage("stop-postgres");
        await().atMost(PATIENCE).until(() -> "DOWN".equals(component(hub, "db")));
        servers.stage("start-postgres");
        await().atMost(PATIENCE).until(() -> "UP".equals(component(hub, "db")));
        NativeServers.dropInvoices(data.resolve("inbox/demo/peppol"), "DATABASE", INVOICES);
        await().atMost(PATIENCE).until(() -> claimCount(database) == 2 * INVOICES);
        log.info("Database restart ridden out in {} s.", seconds(started));
    }

    /**
     * GreenMail stops, the second run's letters are printed and their e-mails fail, GreenMail comes back (empty) and
     * the broker's redelivery sends each e-mail once; the letters already printed are not printed again.
     */
    private List<String> smtpOutageDuringDispatch(HubProcess hub, String database, Path data) throws Exception {
        long started = System.nanoTime();
        servers.stage("stop-smtp");
        await().atMost(PATIENCE).until(() -> "DOWN".equals(component(hub, "mail")));
        assertThat(NativeServers.runDunning(hub)).isEqualTo(INVOICES);
        await().atMost(PATIENCE).until(() -> servers.count(database,
                "SELECT count(*) FROM deliveries WHERE channel = 'EMAIL' AND status = 'FAILED'") > 0);
        servers.stage("start-smtp");
        await().atMost(PATIENCE).until(() -> "UP".equals(component(hub, "mail")));
        await().atMost(PATIENCE).until(() -> servers.mailMessageIds().size() >= INVOICES
                && localLetters(data) >= 2 * INVOICES);
        assertThat(localLetters(data)).isEqualTo(2 * INVOICES);
        log.info("SMTP outage ridden out in {} s.", seconds(started));
        return servers.mailMessageIds();
    }

    /**
     * The message sent at the start was tried five times and moved to the dead letters (the native broker's browser
     * gives no delivery count); a replay tries it again.
     */
    private void poisonMessageIsADeadLetterAndCanBeReplayed(HubProcess hub) throws Exception {
        await().atMost(PATIENCE).until(() -> poisonIds(hub).size() == 1);
        String firstId = poisonIds(hub).iterator().next();

        assertThat(hub.post("/api/v1/dead-letters/" + firstId + "/replay")).isPresent();

        // Still poison: after five more attempts it is back on the dead-letter address, under a new id.
        await().atMost(PATIENCE).until(() -> poisonIds(hub).size() == 1 && !poisonIds(hub).contains(firstId));
    }

    /** The status health gives one component ("db", "jms", "mail"), or "" when health does not answer. */
    private static String component(HubProcess hub, String name) throws IOException {
        String body = hub.health();
        return body.isBlank() ? "" : JSON.readTree(body).path("components").path(name).path("status").asText();
    }

    private static JsonNode deadLetters(HubProcess hub) throws IOException {
        return JSON.readTree(hub.get("/api/v1/dead-letters").orElse("[]"));
    }

    private Set<String> poisonIds(HubProcess hub) throws IOException {
        Set<String> ids = new HashSet<>();
        for (JsonNode dead : deadLetters(hub)) {
            if (poison.equals(dead.path("actionId").asText())) {
                ids.add(dead.get("id").asText());
            }
        }
        return ids;
    }

    private long claimCount(String database) throws Exception {
        return servers.count(database, "SELECT count(*) FROM claims");
    }

    private static int localLetters(Path data) {
        return TestData.files(data.resolve("outbox/print").resolve(TODAY), ".pdf").size();
    }

    private static long seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
    }
}
