package be.smartcredit.hub.nativeservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.payment.coda.CodaFixtures;
import be.smartcredit.hub.support.HubProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged hub with the production settings against native PostgreSQL, Artemis, OpenSSH and GreenMail:
 * invoices in, reminders printed to the print shop's SFTP folder and e-mailed, a CODA statement pays one
 * claim, and that claim gets no further reminder; counted at the SFTP folder and the SMTP server.
 */
class ProductionSetUpIT {

    private static final int INVOICES = 3;
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NativeServers servers = new NativeServers();

    @Test
    void remindsByPrintShopAndMailOnceAndStopsWhenTheBankSaysPaid() throws Exception {
        String database = servers.createDatabase("production_set_up");
        Path printShop = servers.newPrintFolder("production-set-up");
        servers.purgeMail();
        Path data = TestData.newDirectory("native-production");

        try (HubProcess hub = servers.startHub(data.resolve("june-1"), database, printShop, "2018-06-01")) {
            NativeServers.dropInvoices(data.resolve("june-1/inbox/demo/peppol"), "NATIVE", INVOICES);
            await().atMost(PATIENCE).until(() -> claims(hub).size() == INVOICES);

            assertThat(NativeServers.runDunning(hub)).isEqualTo(INVOICES);
            await().atMost(PATIENCE).until(() -> servers.mailMessageIds().size() >= INVOICES);
            await().atMost(PATIENCE).until(() -> localLetters(data.resolve("june-1"), "2018-06-01") == INVOICES);
            assertThat(hub.post("/api/v1/print-batches/2018-06-01/close")).isPresent();
            assertThat(printedLetters(printShop, "2018-06-01")).hasSize(INVOICES);
            assertThat(Files.exists(printShop.resolve("2018-06-01/done"))).isTrue();

            payFirstClaimByCoda(hub, data.resolve("june-1"));
            await().atMost(PATIENCE).until(() -> "PAID".equals(firstClaim(hub).get("status").asText()));
        }

        try (HubProcess hub = servers.startHub(data.resolve("june-20"), database, printShop, "2018-06-20")) {
            assertThat(NativeServers.runDunning(hub)).isEqualTo(INVOICES - 1);
            await().atMost(PATIENCE).until(() -> localLetters(data.resolve("june-20"), "2018-06-20") == INVOICES - 1);
            assertThat(hub.post("/api/v1/print-batches/2018-06-20/close")).isPresent();
            assertThat(NativeServers.runDunning(hub)).isZero();
        }

        List<String> secondReminders = printedLetters(printShop, "2018-06-20");
        assertThat(secondReminders).hasSize(INVOICES - 1).noneMatch(name -> name.endsWith("-NATIVE-1.pdf"));
        await().atMost(PATIENCE).until(() -> servers.mailMessageIds().size() >= 2 * INVOICES - 1);
        List<String> mails = servers.mailMessageIds();
        assertThat(mails).hasSize(2 * INVOICES - 1);
        assertThat(new HashSet<>(mails)).hasSize(mails.size());
    }

    private void payFirstClaimByCoda(HubProcess hub, Path data) throws IOException {
        String digits = firstClaim(hub).get("structuredCommunication").asText().replaceAll("\\D", "");
        byte[] coda = CodaFixtures.withCreditPayment(CodaFixtures.sampleLines("tryton-coda_CODA.txt"), digits,
                new BigDecimal("1656.25"));
        Path inbox = Files.createDirectories(data.resolve("inbox/bank"));
        Files.write(inbox.resolve(".statement.cod.tmp"), coda);
        Files.move(inbox.resolve(".statement.cod.tmp"), inbox.resolve("statement.cod"));
    }

    private static JsonNode claims(HubProcess hub) throws IOException {
        return JSON.readTree(hub.get("/api/v1/claims").orElse("[]"));
    }

    private static JsonNode firstClaim(HubProcess hub) throws IOException {
        for (JsonNode claim : claims(hub)) {
            if ("NATIVE-1".equals(claim.get("number").asText())) {
                return claim;
            }
        }
        throw new AssertionError("no claim NATIVE-1");
    }

    private static int localLetters(Path data, String date) {
        return TestData.files(data.resolve("outbox/print").resolve(date), ".pdf").size();
    }

    private static List<String> printedLetters(Path printShop, String date) {
        return TestData.files(printShop.resolve(date), ".pdf").stream().map(p -> p.getFileName().toString()).toList();
    }
}
