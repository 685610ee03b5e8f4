package be.smartcredit.hub.nativeservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.support.HubProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
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

    @Test
    void hubRidesOutBrokerDatabaseAndSmtpOutagesAndSendsEveryLetterOnce() throws Exception {
        String database = servers.createDatabase("outages");
        Path printShop = servers.newPrintFolder("outages");
        servers.purgeMail();
        Path data = TestData.newDirectory("native-outages");

        try (HubProcess hub = startHub(data, database, printShop)) {
            servers.sendToQueue("smartcredit.dunning.actions", "not-an-action-id");
            dropInvoices(data, "BROKER");
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
        hub.post("/api/v1/dunning/runs");
        await().atMost(PATIENCE).until(() -> servers.count(database, "SELECT count(*) FROM dunning_actions")
                == INVOICES);
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
        dropInvoices(data, "DATABASE");
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
        assertThat(runDunning(hub)).isEqualTo(INVOICES);
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

    /** The message sent at the start was tried five times and moved to the dead letters; a replay tries it again. */
    private void poisonMessageIsADeadLetterAndCanBeReplayed(HubProcess hub) throws Exception {
        await().atMost(PATIENCE).until(() -> poisonIds(hub).size() == 1);
        JsonNode dead = deadLetters(hub).get(0);
        assertThat(dead.get("attempts").asInt()).isEqualTo(5);
        assertThat(dead.get("originalQueue").asText()).isEqualTo("smartcredit.dunning.actions");
        String firstId = dead.get("id").asText();

        assertThat(hub.post("/api/v1/dead-letters/" + firstId + "/replay")).isPresent();

        // Still poison: after five more attempts it is back on the dead-letter address, under a new id.
        await().atMost(PATIENCE).until(() -> poisonIds(hub).size() == 1 && !poisonIds(hub).contains(firstId));
    }

    private HubProcess startHub(Path data, String database, Path printShop) throws Exception {
        List<String> arguments = new ArrayList<>(servers.hubArguments(database, printShop));
        arguments.add("--smartcredit.clock.today=" + TODAY);
        HubProcess hub = new HubProcess(data, arguments.toArray(String[]::new));
        hub.start();
        hub.awaitHealthy(HubProcess.START_PATIENCE);
        return hub;
    }

    private static void dropInvoices(Path data, String prefix) throws IOException {
        Path inbox = Files.createDirectories(data.resolve("inbox/demo/peppol"));
        for (int i = 1; i <= INVOICES; i++) {
            String number = prefix + "-" + i;
            Files.writeString(inbox.resolve(number + ".xml.part"), TestData.baseExampleForOwnBuyer(number, i));
            Files.move(inbox.resolve(number + ".xml.part"), inbox.resolve(number + ".xml"));
        }
    }

    /** The status health gives one component ("db", "jms", "mail"), or "" when health does not answer. */
    private static String component(HubProcess hub, String name) throws IOException {
        String body = hub.health();
        return body.isBlank() ? "" : JSON.readTree(body).path("components").path(name).path("status").asText();
    }

    private static int runDunning(HubProcess hub) throws IOException {
        return JSON.readTree(hub.post("/api/v1/dunning/runs").orElseThrow()).get("actionsCreated").asInt();
    }

    private static JsonNode deadLetters(HubProcess hub) throws IOException {
        return JSON.readTree(hub.get("/api/v1/dead-letters").orElse("[]"));
    }

    private static Set<String> poisonIds(HubProcess hub) throws IOException {
        Set<String> ids = new HashSet<>();
        for (JsonNode dead : deadLetters(hub)) {
            if ("not-an-action-id".equals(dead.path("actionId").asText())) {
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
