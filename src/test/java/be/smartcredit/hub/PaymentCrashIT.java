package be.smartcredit.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.payment.coda.CodaFixtures;
import be.smartcredit.hub.support.HubProcess;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged hub killed with SIGKILL while it applies a CODA statement of many credit payments: after the
 * restart every movement is applied exactly once, so every claim is paid once and has one allocation.
 */
class PaymentCrashIT {

    private static final int CLAIMS = 500;
    private static final BigDecimal INVOICE_TOTAL = new BigDecimal("1656.25");
    private static final Duration START = HubProcess.START_PATIENCE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path data = TestData.newDirectory("payment-crash");

    @Test
    void appliesEveryMovementOnceAcrossAHardKillInTheMiddleOfAStatement() throws Exception {
        try (HubProcess hub = new HubProcess(data, "--smartcredit.clock.today=2018-03-01",
                "--smartcredit.clock.time=10:00")) {
            hub.start();
            hub.awaitHealthy(START);
            dropInvoices();
            await().atMost(Duration.ofSeconds(400)).until(() -> claims(hub).size() >= CLAIMS);

            dropStatement(claims(hub));
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                    .until(() -> allocationsLogged(1) >= CLAIMS / 50);
            hub.killHard();
            assertThat(Files.readString(data.resolve("hub-1.log"))).as("killed before the file was committed")
                    .doesNotContain("Bank file applied: file='statement.cod'");

            hub.start();
            hub.awaitHealthy(START);
            await().atMost(Duration.ofSeconds(300)).until(() -> statementApplied(hub));
            assertEveryClaimPaidOnce(hub);
        }
    }

    private void assertEveryClaimPaidOnce(HubProcess hub) throws IOException {
        List<Map<String, Object>> claims = claims(hub);
        assertThat(claims).hasSize(CLAIMS).allSatisfy(claim -> {
            assertThat(claim).containsEntry("status", "PAID");
            assertThat(((Number) claim.get("openAmount")).doubleValue()).isZero();
        });

        JsonNode statements = JSON.readTree(hub.get("/api/v1/statements").orElseThrow());
        assertThat(statements).hasSize(1);
        JsonNode reconciliation = JSON.readTree(hub.get("/api/v1/statements/" + statements.get(0).get("id").asLong()
                + "/reconciliation").orElseThrow());
        assertThat(reconciliation.get("matched")).hasSize(CLAIMS);
        assertThat(reconciliation.get("unmatched")).isEmpty();
        assertThat(reconciliation.get("flagged")).isEmpty();
        long allocations = 0;
        for (JsonNode line : reconciliation.get("matched")) {
            assertThat(line.get("allocations")).hasSize(1);
            allocations += line.get("allocations").size();
        }
        assertThat(allocations).isEqualTo(CLAIMS);
    }

    private boolean statementApplied(HubProcess hub) throws IOException {
        String statements = hub.get("/api/v1/statements").orElse("[]");
        return JSON.readTree(statements).size() == 1 && TestData.files(inbox(), ".cod").isEmpty();
    }

    private long allocationsLogged(int start) throws IOException {
        Path log = data.resolve("hub-" + start + ".log");
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("Payment allocated:")).count();
        }
    }

    private void dropStatement(List<Map<String, Object>> claims) throws IOException {
        List<CodaFixtures.CreditPayment> payments = claims.stream()
                .map(claim -> new CodaFixtures.CreditPayment(
                        claim.get("structuredCommunication").toString().replaceAll("\\D", ""), INVOICE_TOTAL))
                .toList();
        byte[] coda = CodaFixtures.creditPayments(1, LocalDate.of(2018, 3, 1), payments);
        Files.createDirectories(inbox());
        Files.write(inbox().resolve("statement.cod.part"), coda);
        Files.move(inbox().resolve("statement.cod.part"), inbox().resolve("statement.cod"));
    }

    private List<Map<String, Object>> claims(HubProcess hub) throws IOException {
        String body = hub.get("/api/v1/claims?limit=5000").orElse("[]");
        return JSON.readValue(body, new TypeReference<>() { });
    }

    private void dropInvoices() throws IOException {
        String template = Files.readString(Samples.path("ubl/peppol-bis-invoice-3_base-example.xml"));
        Path inbox = Files.createDirectories(data.resolve("inbox/demo/peppol"));
        for (int i = 1; i <= CLAIMS; i++) {
            String number = String.format("PAYCRASH-%04d", i);
            String invoice = template.replaceFirst("<cbc:ID>Snippet1</cbc:ID>", "<cbc:ID>" + number + "</cbc:ID>");
            Path partial = inbox.resolve(number + ".xml.part");
            Files.writeString(partial, invoice);
            Files.move(partial, inbox.resolve(number + ".xml"));
        }
    }

    private Path inbox() {
        return data.resolve("inbox/bank");
    }
}
