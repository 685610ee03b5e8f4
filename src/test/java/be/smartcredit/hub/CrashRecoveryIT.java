package be.smartcredit.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.support.HubProcess;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packaged hub killed with SIGKILL in the middle of an ingest and again in the middle of sending
 * letters: after each restart every invoice is one claim and every claim got exactly one reminder.
 */
class CrashRecoveryIT {

    private static final int INVOICES = 300;
    private static final Duration START = HubProcess.START_PATIENCE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path data = TestData.newDirectory("crash");

    @Test
    void keepsEveryClaimAndSendsNoReminderTwiceAcrossHardKills() throws Exception {
        try (HubProcess hub = new HubProcess(data, "--smartcredit.clock.today=2018-03-01",
                "--smartcredit.clock.time=10:00")) {
            hub.start();
            hub.awaitHealthy(START);
            dropInvoices();
            await().atMost(Duration.ofSeconds(120)).until(() -> claims(hub).size() >= INVOICES / 5);
            hub.killHard();

            hub.start();
            hub.awaitHealthy(START);
            await().atMost(Duration.ofSeconds(300)).until(() -> claims(hub).size() >= INVOICES
                    && TestData.files(inbox(), ".xml").isEmpty());
            assertEveryInvoiceIsOneClaim(hub);

            assertThat(hub.post("/api/v1/dunning/runs")).isPresent();
            await().atMost(Duration.ofSeconds(300)).until(() -> letters().size() >= INVOICES / 5);
            hub.killHard();

            hub.start();
            hub.awaitHealthy(START);
            await().atMost(Duration.ofSeconds(300)).until(() -> letters().size() >= INVOICES);
            // One look is 300 API calls; on a shared machine a single look can take most of a minute.
            await().atMost(Duration.ofSeconds(300)).until(() -> sentEvents(hub) == INVOICES);
            assertThat(letters()).hasSize(INVOICES);
            assertThat(emails()).hasSize(INVOICES);
            assertThat(JSON.readTree(hub.post("/api/v1/dunning/runs").orElseThrow()).get("actionsCreated").asInt())
                    .isZero();
        }
    }

    private void assertEveryInvoiceIsOneClaim(HubProcess hub) throws IOException {
        List<Map<String, Object>> claims = claims(hub);
        Set<Object> numbers = claims.stream().map(c -> c.get("number")).collect(Collectors.toSet());
        assertThat(claims).hasSize(INVOICES);
        assertThat(numbers).hasSize(INVOICES);
    }

    private long sentEvents(HubProcess hub) throws IOException {
        long sent = 0;
        for (Map<String, Object> claim : claims(hub)) {
            String events = hub.get("/api/v1/claims/" + claim.get("id") + "/events").orElseThrow();
            List<Map<String, Object>> list = JSON.readValue(events, new TypeReference<>() { });
            long letters = list.stream().filter(e -> "LETTER_SENT".equals(e.get("kind"))).count();
            assertThat(letters).as("letters sent for claim %s", claim.get("number")).isLessThanOrEqualTo(1);
            sent += letters;
        }
        return sent;
    }

    private List<Map<String, Object>> claims(HubProcess hub) throws IOException {
        String body = hub.get("/api/v1/claims?limit=5000").orElse("[]");
        return JSON.readValue(body, new TypeReference<>() { });
    }

    private void dropInvoices() throws IOException {
        Files.createDirectories(inbox());
        for (int i = 1; i <= INVOICES; i++) {
            String number = String.format("CRASH-%04d", i);
            // Each invoice to its own buyer, so each is its own dossier and gets its own letter.
            String invoice = TestData.baseExampleForOwnBuyer(number, i);
            Path partial = inbox().resolve(number + ".xml.part");
            Files.writeString(partial, invoice);
            Files.move(partial, inbox().resolve(number + ".xml"));
        }
    }

    private Path inbox() {
        return data.resolve("inbox/demo/peppol");
    }

    private List<Path> letters() throws IOException {
        return TestData.files(data.resolve("outbox/print/2018-03-01"), ".pdf");
    }

    private List<Path> emails() throws IOException {
        return TestData.files(data.resolve("outbox/mail"), ".eml");
    }
}
