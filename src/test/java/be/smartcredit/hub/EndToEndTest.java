package be.smartcredit.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.payment.coda.CodaFixtures;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.support.HubApi;
import be.smartcredit.hub.support.Pdfs;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The walking skeleton end to end on real files: two Peppol invoices in, reminders out as PDFs with
 * a valid EPC QR code, a real CODA statement pays one, and the paid claim is reminded no more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndToEndTest {

    private static final Path DATA = TestData.newDirectory("end-to-end");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("smartcredit.data-dir", DATA::toString);
        registry.add("smartcredit.security.admin-password", () -> HubApi.ADMIN_PASSWORD);
        registry.add("smartcredit.clock.today", () -> "2017-11-15");
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    HubClock clock;

    HubApi api;

    @BeforeEach
    void connect() {
        api = new HubApi(rest);
    }

    @Test
    void remindsOverdueInvoicesOnceAndStopsWhenTheBankSaysPaid() throws IOException {
        dropInvoice("ubl/peppol-bis-invoice-3_base-example.xml");
        dropInvoice("ubl/odoo_bis3_from_BEG_testcase01_minimal_invoice.xml");
        await().atMost(PATIENCE).until(() -> api.claims().size() == 2);

        dropInvoice("ubl/peppol-bis-invoice-3_base-example.xml");
        await().atMost(PATIENCE).until(() -> archived("peppol-bis-invoice-3_base-example.xml") == 2);
        assertThat(api.claims()).hasSize(2);

        clock.fix(TestData.officeHours(LocalDate.of(2018, 6, 1)));
        assertThat(api.runDunning()).containsEntry("actionsCreated", 2);
        List<Path> letters = awaitLetters("2018-06-01", 2);
        assertThat(api.runDunning()).containsEntry("actionsCreated", 0);

        Path baseLetter = letterFor(letters, "Snippet1");
        assertBaseExampleReminder(baseLetter);
        assertThat(Pdfs.text(letterFor(letters, "2019000001")))
                .contains("Hotel Local SPRL", "Rue de la Mairie 456", "4000 LIEGE", "09/04/2018", "09/05/2018");

        Map<String, Object> base = api.claim("Snippet1").orElseThrow();
        payByCoda(communicationDigits(base), new BigDecimal("1656.25"));
        await().atMost(PATIENCE).until(() -> "PAID".equals(api.claim("Snippet1").orElseThrow().get("status")));

        clock.fix(TestData.officeHours(LocalDate.of(2018, 6, 20)));
        assertThat(api.runDunning()).containsEntry("actionsCreated", 1);
        List<Path> secondReminders = awaitLetters("2018-06-20", 1);
        assertThat(secondReminders.get(0).getFileName().toString()).contains("reminder_2", "2019000001");
        assertThat(api.claim("Snippet1").orElseThrow()).containsEntry("lastStep", "REMINDER_1")
                .containsEntry("openAmount", 0.0);
    }

    private void assertBaseExampleReminder(Path letter) {
        String text = Pdfs.text(letter);
        assertThat(text).contains("Demo Facility Services BV", "0765.432.146", "Buyer Official Name",
                "Hovedgatan 32", "456 34 Stockholm", "Snippet1", "13/11/2017", "01/12/2017", "1.656,25", "EUR",
                "BE07 3630 0123 4566");
        String communication = api.claim("Snippet1").orElseThrow().get("structuredCommunication").toString();
        assertThat(text).contains(communication);

        String[] epc = Pdfs.qrCodeOnFirstPage(letter).split("\n", -1);
        assertThat(epc[0]).isEqualTo("BCD");
        assertThat(epc[1]).isEqualTo("002");
        assertThat(epc[3]).isEqualTo("SCT");
        assertThat(epc[5]).isEqualTo("Demo Facility Services BV");
        assertThat(epc[6]).isEqualTo("BE07363001234566");
        assertThat(epc[7]).isEqualTo("EUR1656.25");
        assertThat(epc[9]).isEqualTo(communication.replaceAll("\\D", ""));
        assertThat(epc.length < 11 || epc[10].isEmpty()).isTrue();
    }

    private void payByCoda(String communicationDigits, BigDecimal amount) throws IOException {
        byte[] coda = CodaFixtures.withCreditPayment(CodaFixtures.sampleLines("tryton-coda_CODA.txt"),
                communicationDigits, amount);
        Path inbox = Files.createDirectories(DATA.resolve("inbox/bank"));
        Files.write(inbox.resolve(".statement.cod.tmp"), coda);
        Files.move(inbox.resolve(".statement.cod.tmp"), inbox.resolve("statement.cod"));
    }

    private static String communicationDigits(Map<String, Object> claim) {
        return claim.get("structuredCommunication").toString().replaceAll("\\D", "");
    }

    private static void dropInvoice(String sample) throws IOException {
        Path inbox = Files.createDirectories(DATA.resolve("inbox/demo/peppol"));
        String name = Path.of(sample).getFileName().toString();
        Files.copy(Samples.path(sample), inbox.resolve("." + name + ".part"));
        Files.move(inbox.resolve("." + name + ".part"), inbox.resolve(name));
    }

    private static long archived(String name) throws IOException {
        Path archive = DATA.resolve("inbox/demo/peppol/.archive");
        if (!Files.isDirectory(archive)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(archive)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-" + name)).count();
        }
    }

    private static List<Path> awaitLetters(String date, int count) {
        Path folder = DATA.resolve("outbox/print").resolve(date);
        await().atMost(PATIENCE).until(() -> TestData.files(folder, ".pdf").size() >= count);
        List<Path> letters = TestData.files(folder, ".pdf");
        assertThat(letters).hasSize(count);
        return letters;
    }

    private static Path letterFor(List<Path> letters, String invoiceNumber) {
        return letters.stream().filter(p -> p.getFileName().toString().endsWith("-" + invoiceNumber + ".pdf"))
                .findFirst().orElseThrow(() -> new AssertionError("no letter for " + invoiceNumber + " in " + letters));
    }
}
