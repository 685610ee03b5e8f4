package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.claim.DocumentType;
import be.smartcredit.hub.claim.NewClaim;
import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.payment.WebhookSignature;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.support.GatewayStub;
import be.smartcredit.hub.support.HubApi;
import be.smartcredit.hub.support.Pdfs;
import be.smartcredit.hub.support.RefusingSmtpRelay;
import be.smartcredit.hub.support.SftpPrintShop;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbound channels against real servers started by the test: GreenMail behind a relay that
 * refuses one address (SMTP), a MINA SSHD print shop (SFTP) and a JDK HTTP server playing the SMS and
 * WhatsApp provider. Letters come from claims of three connectors: the demo (Dutch, silent, e-mail and
 * post), a French agency-mode client (e-mail, else post) and a client that texts (SMS and WhatsApp).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboundChannelsTest {

    private static final Path DATA = TestData.newDirectory("channels");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String REFUSED = "ghost@refused.example";
    private static final String BOUNCE_SECRET = "bounce-secret";
    private static final String SMS_SECRET = "sms-secret";
    private static final String WHATSAPP_SECRET = "whatsapp-secret";

    private static final GreenMail MAIL = startMail();
    private static final RefusingSmtpRelay RELAY = new RefusingSmtpRelay(MAIL.getSmtp().getPort(), Set.of(REFUSED));
    private static final SftpPrintShop PRINT_SHOP = new SftpPrintShop(DATA.resolve("print-shop"));
    private static final GatewayStub GATEWAY = new GatewayStub();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        registry.add("smartcredit.data-dir", DATA::toString);
        registry.add("smartcredit.connectors-dir", () -> TestConnectors.write(DATA.resolve("connectors")));
        registry.add("smartcredit.security.admin-password", () -> HubApi.ADMIN_PASSWORD);
        registry.add("smartcredit.clock.today", TODAY::toString);
        registry.add("smartcredit.clock.time", () -> "10:00");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", RELAY::port);
        registry.add("smartcredit.print-shop.close-cron", () -> "0 0 0 1 1 ? 2099");
        registry.add("smartcredit.print-shop.sftp.host", () -> "127.0.0.1");
        registry.add("smartcredit.print-shop.sftp.port", PRINT_SHOP::port);
        registry.add("smartcredit.print-shop.sftp.user", () -> SftpPrintShop.USER);
        registry.add("smartcredit.print-shop.sftp.password", () -> SftpPrintShop.PASSWORD);
        registry.add("smartcredit.print-shop.sftp.known-hosts", () -> PRINT_SHOP.knownHosts().toString());
        registry.add("smartcredit.print-shop.sftp.directory", () -> "/incoming");
        registry.add("smartcredit.sms.base-url", () -> GATEWAY.baseUrl("/sms"));
        registry.add("smartcredit.sms.token", () -> "sms-token");
        registry.add("smartcredit.whatsapp.base-url", () -> GATEWAY.baseUrl("/whatsapp"));
        registry.add("smartcredit.whatsapp.template", () -> "classpath:gateways/generic-whatsapp.json");
        registry.add("smartcredit.mail.webhook-secret", () -> BOUNCE_SECRET);
        registry.add("smartcredit.sms.webhook-secret", () -> SMS_SECRET);
        registry.add("smartcredit.whatsapp.webhook-secret", () -> WHATSAPP_SECRET);
        registry.add("smartcredit.whatsapp.status-fields.id", () -> "message.id");
        registry.add("smartcredit.whatsapp.status-fields.status", () -> "event");
        registry.add("smartcredit.whatsapp.status-fields.error", () -> "message.reason");
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Claims claims;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Connectors connectors;

    @Autowired
    HubClock clock;

    @Autowired
    ProducerTemplate producer;

    @AfterAll
    static void stopServers() throws IOException {
        GATEWAY.close();
        PRINT_SHOP.close();
        RELAY.close();
        MAIL.stop();
    }

    @Test
    @Order(1)
    void mailsTheLetterAsTextAndHtmlInTheClientsLanguageWithThePdfAttached() throws Exception {
        long french = claim("agency-fr", "FR-1001", "client@debtor-fr.example", null);
        long dutch = claim("demo", "NL-1001", "boekhouding@debtor-nl.example", null);

        runDunning();
        MimeMessage frenchMail = awaitMail("client@debtor-fr.example");
        MimeMessage dutchMail = awaitMail("boekhouding@debtor-nl.example");

        assertThat(frenchMail.getSubject()).isEqualTo("Rappel facture FR-1001");
        assertThat(frenchMail.getFrom()[0].toString()).contains("dossiers@smartcredit.example");
        assertThat(frenchMail.getReplyTo()[0].toString()).contains("dossiers@smartcredit.example");
        assertThat(frenchMail.getMessageID()).isEqualTo("<action-" + actionOf(french) + "@smart-credit-hub>");
        assertThat(frenchMail.getHeader("Return-Path")[0]).contains("bounces@smartcredit.example");
        assertThat(text(frenchMail, "text/plain")).contains("Madame, Monsieur", "n'est pas encore (entièrement) payée",
                "1\u202f234,50 EUR", "pour le compte de Client Français SA");
        assertThat(text(frenchMail, "text/html")).contains("<html lang=\"fr\"", "Madame, Monsieur", "+++");
        byte[] pdf = attachment(frenchMail);
        assertThat(Pdfs.text(pdf)).contains("FR-1001");
        assertThat(printed(french)).isEmpty();

        assertThat(dutchMail.getSubject()).isEqualTo("Herinnering factuur NL-1001");
        assertThat(dutchMail.getFrom()[0].toString()).contains("facturatie@demo-facility.example");
        assertThat(text(dutchMail, "text/plain")).contains("Geachte klant", "1.234,50 EUR");
        await().atMost(PATIENCE).until(() -> printed(dutch).isPresent());
    }

    @Test
    @Order(2)
    void postsTheLetterWhenTheMailServerRefusesTheAddress() {
        long claim = claim("agency-fr", "FR-1002", REFUSED, null);

        runDunning();
        await().atMost(PATIENCE).until(() -> events(claim).contains("LETTER_SENT"));

        assertThat(printed(claim)).isPresent();
        assertThat(MAIL.getReceivedMessagesForDomain("refused.example")).isEmpty();
        assertThat(events(claim)).contains("EMAIL_REJECTED");
        assertThat(emailStatus(claim)).isEqualTo("BAD");
        assertThat(eventDetail(claim, "LETTER_SENT")).isEqualTo("REMINDER_1 by post");
        assertThat(termOf(claim)).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(Pdfs.text(printed(claim).orElseThrow())).contains("18/03/2026").doesNotContain("16/03/2026");
    }

    @Test
    @Order(3)
    void postsTheLetterWhenAnEmailBouncesAfterTheServerTookIt() throws Exception {
        long claim = claim("agency-fr", "FR-1003", "left@bouncing.example", null);
        runDunning();
        MimeMessage sent = awaitMail("left@bouncing.example");
        assertThat(printed(claim)).isEmpty();

        ResponseEntity<Map<String, Object>> answer = signed("/api/v1/mail/bounces", BOUNCE_SECRET,
                Bounces.failed("left@bouncing.example", sent.getMessageID()), MediaType.TEXT_PLAIN);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).containsEntry("postedInstead", true);
        assertThat(printed(claim)).isPresent();
        assertThat(events(claim)).contains("EMAIL_BOUNCED");
        assertThat(emailStatus(claim)).isEqualTo("BAD");
    }

    @Test
    @Order(4)
    void textsOnceThroughAGatewayThatFailsFirstAndRecordsAFailedDelivery() {
        GATEWAY.failFor("+32470123456", 1);
        long claim = claim("texts", "TX-1001", null, "0470 12 34 56");

        runDunning();
        await().atMost(PATIENCE).until(() -> events(claim).contains("LETTER_SENT"));

        List<GatewayStub.Request> sms = GATEWAY.requests("/sms", "+32470123456");
        assertThat(sms).hasSize(2);
        assertThat(sms).extracting(GatewayStub.Request::answered).containsExactly(500, 200);
        assertThat(sms.get(0).idempotencyKey()).isEqualTo(sms.get(1).idempotencyKey());
        assertThat(sms.get(1).authorization()).isEqualTo("Bearer sms-token");
        assertThat(sms.get(1).body().get("text").asText()).contains("TX-1001", "+++");
        assertThat(GATEWAY.accepted("/sms", "+32470123456")).isEqualTo(1);
        assertThat(GATEWAY.accepted("/whatsapp", "+32470123456")).isEqualTo(1);
        assertThat(events(claim)).contains("SEND_FAILED");
        assertThat(printed(claim)).isPresent();

        String providerId = GATEWAY.providerId(sms.get(1).idempotencyKey());
        ResponseEntity<Map<String, Object>> answer = signed("/api/v1/sms/status", SMS_SECRET,
                "{\"id\":\"" + providerId + "\",\"status\":\"failed\",\"error\":\"absent subscriber\"}",
                MediaType.APPLICATION_JSON);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(events(claim)).contains("SMS_FAILED");
        assertThat(eventDetail(claim, "SMS_FAILED")).contains("absent subscriber");
    }

    @Test
    @Order(5)
    void listsAndReplaysALetterTheBrokerGaveUpOn() {
        GATEWAY.failFor("+32499887766", 5);
        long claim = claim("texts", "TX-1002", null, "0499 88 77 66");
        runDunning();
        String action = Long.toString(actionOf(claim));

        await().atMost(Duration.ofSeconds(120)).until(() -> deadLetters().stream()
                .anyMatch(letter -> action.equals(letter.get("actionId"))));
        Map<String, Object> dead = deadLetters().stream().filter(l -> action.equals(l.get("actionId"))).findFirst()
                .orElseThrow();
        assertThat(events(claim)).contains("SEND_FAILED", "SEND_GAVE_UP").doesNotContain("LETTER_SENT");

        ResponseEntity<Map<String, Object>> replayed = post("/api/v1/dead-letters/" + dead.get("id") + "/replay",
                "", MediaType.TEXT_PLAIN);

        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(PATIENCE).until(() -> events(claim).contains("LETTER_SENT"));
        assertThat(GATEWAY.accepted("/sms", "+32499887766")).isEqualTo(1);
        assertThat(deadLetters()).noneMatch(letter -> action.equals(letter.get("actionId")));
    }

    /**
     * A message for an action this database does not have (another deployment on the same broker, a database
     * restored from before the action) is not acknowledged and lost: it ends in the dead letters. Runs after a replay
     * emptied the dead letters, so the list is also read while the broker has removed their queue.
     */
    @Test
    @Order(13)
    void sendsAMessageForAnUnknownActionToTheDeadLetters() {
        String unknown = "987654321";

        producer.sendBody("jms:queue:smartcredit.dunning.actions", unknown);

        await().atMost(Duration.ofSeconds(120)).until(() -> deadLetters().stream()
                .anyMatch(letter -> unknown.equals(letter.get("actionId"))));
    }

    @Test
    @Order(6)
    void deliversTheDaysPrintBatchToThePrintShopOnceWithAManifestThatMatchesThePdfs() throws IOException {
        Path local = DATA.resolve("outbox/print").resolve(TODAY.toString());
        List<Path> letters = TestData.files(local, ".pdf");
        assertThat(letters).hasSizeGreaterThanOrEqualTo(4);

        ResponseEntity<Map<String, Object>> closed = post("/api/v1/print-batches/" + TODAY + "/close", "",
                MediaType.TEXT_PLAIN);

        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        Path delivered = PRINT_SHOP.folder("incoming/" + TODAY);
        List<Path> uploaded = TestData.files(delivered, ".pdf");
        assertThat(uploaded).extracting(Path::getFileName).containsExactlyElementsOf(
                letters.stream().map(Path::getFileName).toList());
        assertThat(delivered.resolve("done")).exists();
        List<String[]> rows = Files.readAllLines(delivered.resolve("manifest.csv")).stream().skip(1)
                .map(line -> line.split(";", -1)).toList();
        assertThat(rows).hasSize(uploaded.size());
        for (String[] row : rows) {
            int pages = Pdfs.pages(Files.readAllBytes(delivered.resolve(row[0])));
            assertThat(Integer.parseInt(row[9])).as("pages of %s", row[0]).isEqualTo(pages);
            assertThat(row[11]).isEqualTo("C5-WINDOW");
        }
        assertThat(Files.readString(delivered.resolve("manifest.json"))).contains("\"letterCount\" : " + rows.size());
        assertThat(closed.getBody()).containsEntry("letters", rows.size());

        ResponseEntity<Map<String, Object>> again = post("/api/v1/print-batches/" + TODAY + "/close", "",
                MediaType.TEXT_PLAIN);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    @Order(7)
    void refusesBouncesAndDeliveryReportsWithoutAValidSignatureEvenFromTheAdmin() {
        String report = "{\"id\":\"sms-1\",\"status\":\"delivered\"}";
        String stale = Long.toString(Instant.now().minusSeconds(600).getEpochSecond());
        String staleSignature = new WebhookSignature(SMS_SECRET).sign(stale, report.getBytes(StandardCharsets.UTF_8));

        HttpStatusCode unsigned = unauthenticated("/api/v1/sms/status", report, MediaType.APPLICATION_JSON, null,
                null).getStatusCode();
        HttpStatusCode otherGatewaysSecret = signed("/api/v1/sms/status", WHATSAPP_SECRET, report,
                MediaType.APPLICATION_JSON).getStatusCode();
        HttpStatusCode replayed = unauthenticated("/api/v1/sms/status", report, MediaType.APPLICATION_JSON, stale,
                staleSignature).getStatusCode();
        HttpStatusCode adminWithoutSignature = post("/api/v1/mail/bounces",
                Bounces.failed("left@bouncing.example", "<action-1@smart-credit-hub>"), MediaType.TEXT_PLAIN)
                .getStatusCode();

        assertThat(List.of(unsigned, otherGatewaysSecret, replayed, adminWithoutSignature))
                .containsOnly(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @Order(8)
    void readsAFailedDeliveryInTheWhatsappProvidersOwnShape() {
        long claim = claim("texts", "TX-1003", null, "0477 11 22 33");
        runDunning();
        await().atMost(PATIENCE).until(() -> events(claim).contains("LETTER_SENT"));
        String key = GATEWAY.requests("/whatsapp", "+32477112233").get(0).idempotencyKey();
        String report = "{\"event\":\"failed\",\"message\":{\"id\":\"" + GATEWAY.providerId(key)
                + "\",\"reason\":\"not on WhatsApp\"}}";

        ResponseEntity<Map<String, Object>> answer = signed("/api/v1/whatsapp/status", WHATSAPP_SECRET, report,
                MediaType.APPLICATION_JSON);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(eventDetail(claim, "WHATSAPP_FAILED")).contains("not on WhatsApp");
        assertThat(deliveryStatus(claim, "WHATSAPP")).isEqualTo("UNDELIVERED");
        assertThat(deliveryStatus(claim, "SMS")).isEqualTo("SENT");
    }

    @Test
    @Order(9)
    void mailsOrLeavesForAPersonALetterWithoutAPostalAddressButNeverPrintsIt() {
        long mailed = claim("agency-fr", "FR-1009", "sans-adresse@debtor-fr.example", null, null);
        long stranded = claim("agency-fr", "FR-1010", null, null, null);

        runDunning();
        awaitMail("sans-adresse@debtor-fr.example");
        await().atMost(PATIENCE).until(() -> events(stranded).contains("LETTER_UNDELIVERABLE"));

        assertThat(printJobs(mailed)).isZero();
        assertThat(printJobs(stranded)).isZero();
        assertThat(eventDetail(stranded, "LETTER_UNDELIVERABLE")).contains("no usable postal address");
        assertThat(actionStatus(stranded)).isEqualTo("UNDELIVERABLE");
        assertThat(dossierEvents(stranded)).contains("LETTER_UNDELIVERABLE");
        assertThat(events(mailed)).contains("LETTER_SENT").doesNotContain("LETTER_UNDELIVERABLE");
    }

    @Test
    @Order(10)
    void holdsMailAndTextsAtHalfPastElevenAndSendsThemOnceWhenTheWindowOpens() {
        clock.fix(ZonedDateTime.of(TODAY, LocalTime.of(23, 30), HubClock.BRUSSELS));
        long mailed = claim("agency-fr", "FR-1030", "nuit@debtor-fr.example", null);
        long texted = claim("texts", "TX-1030", null, "0475 30 30 30");

        runDunning();
        await().atMost(PATIENCE).until(() -> events(mailed).contains("LETTER_DEFERRED")
                && events(texted).contains("LETTER_DEFERRED"));
        assertThat(mailsTo("nuit@debtor-fr.example")).isZero();
        assertThat(GATEWAY.requests("/sms", "+32475303030")).isEmpty();
        assertThat(actionStatus(mailed)).isEqualTo("DEFERRED");
        assertThat(eventDetail(texted, "LETTER_DEFERRED")).contains("sms, whatsapp held", "sent now by post");
        assertThat(printJobs(texted)).isEqualTo(1);

        clock.fix(ZonedDateTime.of(TODAY.plusDays(1), LocalTime.of(8, 5), HubClock.BRUSSELS));

        awaitMail("nuit@debtor-fr.example");
        await().atMost(PATIENCE).until(() -> events(texted).contains("LETTER_SENT"));
        await().during(Duration.ofSeconds(12)).atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo("nuit@debtor-fr.example") == 1);
        assertThat(GATEWAY.accepted("/sms", "+32475303030")).isEqualTo(1);
        assertThat(GATEWAY.accepted("/whatsapp", "+32475303030")).isEqualTo(1);
        assertThat(printJobs(texted)).isEqualTo(1);
        assertThat(eventDetail(texted, "LETTER_SENT")).isEqualTo("REMINDER_1 by post, sms, whatsapp");
        assertThat(actionStatus(mailed)).isEqualTo("SENT");
    }

    /** A claim as the intake stores it: the debtor speaks the client's language unless the data says else. */
    private long claim(String connector, String number, String email, String phone) {
        return claim(connector, number, email, phone, "Rue de la Loi 16");
    }

    private long claim(String connector, String number, String email, String phone, String street) {
        NewClaim.NewDebtor debtor = new NewClaim.NewDebtor("Debtor of " + number, street, null, "1000",
                "Bruxelles", "BE", email, phone, null, null, null, "CONSUMER",
                connectors.get(connector).language());
        NewClaim claim = new NewClaim(connector, "seller:" + connector, DocumentType.INVOICE, number,
                LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 1), "stated", "EUR", new BigDecimal("1234.50"), debtor,
                null, "test", false, List.of(), null);
        return claims.register(claim, TODAY.minusDays(1)).claimId();
    }

    /**
     * Reminder 1 e-mailed on Wednesday 7 May 2025 gives the electronic term (8 to 21 May); posted the same day
     * after a bounce it gives the paper term, 14 days from Monday 12 May (the third working day), to 25 May:
     * the posted letter prints that term, the statement claims nothing before 26 May and reminder 2 waits.
     */
    @Test
    @Order(11)
    void givesAReminderPostedAfterABounceThePaperTermCountedFromTheDayItIsPosted() {
        LocalDate sentOn = LocalDate.of(2025, 5, 7);
        clock.fix(TestData.officeHours(sentOn));
        long claim = consumer("FR-1101", "Debtor of FR-1101", "Rue de la Loi 16", "retour@bouncing.example",
                "400.00", LocalDate.of(2025, 5, 6));
        runDunning();
        MimeMessage sent = awaitMail("retour@bouncing.example");
        LocalDate mailedTerm = termOf(claim);

        ResponseEntity<Map<String, Object>> answer = signed("/api/v1/mail/bounces", BOUNCE_SECRET,
                Bounces.failed("retour@bouncing.example", messageId(sent)), MediaType.TEXT_PLAIN);

        assertThat(answer.getBody()).containsEntry("postedInstead", true);
        assertThat(mailedTerm).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(termOf(claim)).isEqualTo(LocalDate.of(2025, 5, 25));
        assertThat(Pdfs.text(printedOn(claim, sentOn))).contains("25/05/2025").doesNotContain("21/05/2025");
        assertThat(owed(claim, LocalDate.of(2025, 5, 25), "interest")).isZero();
        assertThat(owed(claim, LocalDate.of(2025, 5, 25), "fees")).isZero();
        assertThat(owed(claim, LocalDate.of(2025, 5, 26), "interest")).isPositive();
        assertThat(reminderTwoAfterRunOn(claim, LocalDate.of(2025, 5, 23))).isZero();
        assertThat(reminderTwoAfterRunOn(claim, LocalDate.of(2025, 5, 26))).isOne();
    }

    /**
     * A consumer with neither a postal nor an e-mail address: reminder 1 is undeliverable, so the dossier stops
     * (no reminder 2, no fee, no interest a month later) until a new invoice brings an address; then the same
     * reminder is posted, and its term runs from that day (Tuesday 1 July 2025: 4 to 17 July).
     */
    @Test
    @Order(12)
    void stopsAnUndeliverableDossierWithoutChargingAndPostsTheReminderOnceAnAddressArrives() {
        clock.fix(TestData.officeHours(LocalDate.of(2025, 6, 2)));
        long claim = consumer("FR-1201", "Sans Adresse", null, null, "200.00", LocalDate.of(2025, 5, 30));
        runDunning();
        await().atMost(PATIENCE).until(() -> events(claim).contains("LETTER_UNDELIVERABLE"));
        LocalDate monthLater = LocalDate.of(2025, 7, 1);
        clock.fix(TestData.officeHours(monthLater));
        runDunning();

        assertThat(dossierActions(claim)).containsExactly("REMINDER_1 UNDELIVERABLE");
        assertThat(dossierStatus(claim)).isEqualTo("UNDELIVERABLE");
        assertThat(owed(claim, monthLater, "interest")).isZero();
        assertThat(owed(claim, monthLater, "fees")).isZero();
        assertThat(dossierEvents(claim)).contains("DOSSIER_UNDELIVERABLE");

        consumer("FR-1202", "Sans Adresse", "Rue Haute 5", null, "50.00", LocalDate.of(2025, 6, 30));
        runDunning();
        await().atMost(PATIENCE).until(() -> "SENT".equals(actionStatus(claim)));

        assertThat(dossierStatus(claim)).isEqualTo("ACTIVE");
        assertThat(dossierEvents(claim)).contains("DELIVERY_RESUMED");
        assertThat(Pdfs.text(printedOn(claim, monthLater))).contains("FR-1201").contains("17/07/2025");
        assertThat(termOf(claim)).isEqualTo(LocalDate.of(2025, 7, 17));
    }

    private long consumer(String number, String name, String street, String email, String amount, LocalDate due) {
        NewClaim.NewDebtor debtor = new NewClaim.NewDebtor(name, street, null, street == null ? null : "1000",
                street == null ? null : "Bruxelles", "BE", email, null, null, null, null, "CONSUMER", "fr");
        NewClaim claim = new NewClaim("agency-fr", "seller:agency-fr", DocumentType.INVOICE, number,
                due.minusDays(30), due, "stated", "EUR", new BigDecimal(amount), debtor, null, "test", false,
                List.of(), null);
        return claims.register(claim, clock.today()).claimId();
    }

    private LocalDate termOf(long claim) {
        return jdbc.sql("SELECT term_ends_on FROM dunning_actions WHERE id = ?").param(actionOf(claim))
                .query(LocalDate.class).single();
    }

    private long dossierOf(long claim) {
        return jdbc.sql("SELECT dossier_id FROM claims WHERE id = ?").param(claim).query(Long.class).single();
    }

    private Path printedOn(long claim, LocalDate day) {
        String prefix = "action-" + actionOf(claim) + "-";
        return TestData.files(DATA.resolve("outbox/print").resolve(day.toString()), ".pdf").stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    private BigDecimal owed(long claim, LocalDate day, String field) {
        return new BigDecimal(String.valueOf(statement(claim, day).get(field)));
    }

    private Map<String, Object> statement(long claim, LocalDate day) {
        return rest.withBasicAuth("admin", HubApi.ADMIN_PASSWORD).exchange("/api/v1/dossiers/" + dossierOf(claim)
                        + "/statement?date=" + day, HttpMethod.GET, null,
                new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
    }

    @SuppressWarnings("unchecked")
    private String dossierStatus(long claim) {
        Map<String, Object> dossier = rest.withBasicAuth("admin", HubApi.ADMIN_PASSWORD).exchange(
                "/api/v1/dossiers/" + dossierOf(claim), HttpMethod.GET, null,
                new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
        return String.valueOf(((Map<String, Object>) dossier.get("dossier")).get("status"));
    }

    private List<String> dossierActions(long claim) {
        return jdbc.sql("SELECT step || ' ' || status FROM dunning_actions WHERE dossier_id = ? ORDER BY id")
                .param(dossierOf(claim)).query(String.class).list();
    }

    private int reminderTwoAfterRunOn(long claim, LocalDate day) {
        clock.fix(TestData.officeHours(day));
        runDunning();
        return jdbc.sql("SELECT count(*) FROM dunning_actions WHERE dossier_id = ? AND step = 'REMINDER_2'")
                .param(dossierOf(claim)).query(Integer.class).single();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void runDunning() {
        new HubApi(rest).runDunning();
    }

    private long actionOf(long claim) {
        return jdbc.sql("""
                SELECT a.id FROM dunning_actions a JOIN action_claims ac ON ac.action_id = a.id
                 WHERE ac.claim_id = ? AND a.step LIKE 'REMINDER%' ORDER BY a.id DESC LIMIT 1""")
                .param(claim).query(Long.class).single();
    }

    private java.util.Optional<Path> printed(long claim) {
        String prefix = "action-" + actionOf(claim) + "-";
        return TestData.files(DATA.resolve("outbox/print").resolve(TODAY.toString()), ".pdf").stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst();
    }

    private List<String> events(long claim) {
        return claims.events(claim).stream().map(Claims.ClaimEvent::kind).toList();
    }

    private String eventDetail(long claim, String kind) {
        return claims.events(claim).stream().filter(e -> e.kind().equals(kind)).map(Claims.ClaimEvent::detail)
                .findFirst().orElseThrow();
    }

    private String deliveryStatus(long claim, String channel) {
        return jdbc.sql("SELECT status FROM deliveries WHERE action_id = ? AND channel = ?")
                .params(actionOf(claim), channel).query(String.class).single();
    }

    private String actionStatus(long claim) {
        return jdbc.sql("SELECT status FROM dunning_actions WHERE id = ?").param(actionOf(claim))
                .query(String.class).single();
    }

    private int printJobs(long claim) {
        return jdbc.sql("SELECT count(*) FROM print_letters WHERE action_id = ?").param(actionOf(claim))
                .query(Integer.class).single();
    }

    private List<String> dossierEvents(long claim) {
        long dossier = jdbc.sql("SELECT dossier_id FROM dunning_actions WHERE id = ?").param(actionOf(claim))
                .query(Long.class).single();
        return rest.withBasicAuth("admin", HubApi.ADMIN_PASSWORD).exchange("/api/v1/dossiers/" + dossier + "/events",
                HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody()
                .stream().map(event -> String.valueOf(event.get("kind"))).toList();
    }

    private static long mailsTo(String to) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> recipient(m).equals(to)).count();
    }

    private String emailStatus(long claim) {
        return jdbc.sql("SELECT d.email_status FROM claims c JOIN debtors d ON d.id = c.debtor_id WHERE c.id = ?")
                .param(claim).query(String.class).single();
    }

    private List<Map<String, Object>> deadLetters() {
        return rest.withBasicAuth("admin", HubApi.ADMIN_PASSWORD).exchange("/api/v1/dead-letters", HttpMethod.GET,
                null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    /** A webhook call as a gateway makes it: no login, the body signed with the gateway's secret. */
    private ResponseEntity<Map<String, Object>> signed(String path, String secret, String body, MediaType type) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String signature = new WebhookSignature(secret).sign(timestamp, body.getBytes(StandardCharsets.UTF_8));
        return unauthenticated(path, body, type, timestamp, signature);
    }

    private ResponseEntity<Map<String, Object>> unauthenticated(String path, String body, MediaType type,
            String timestamp, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        if (timestamp != null) {
            headers.set("X-Timestamp", timestamp);
            headers.set("X-Signature", signature);
        }
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                new ParameterizedTypeReference<>() { });
    }

    private ResponseEntity<Map<String, Object>> post(String path, String body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return rest.withBasicAuth("admin", HubApi.ADMIN_PASSWORD).exchange(path, HttpMethod.POST,
                new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() { });
    }

    private static MimeMessage awaitMail(String to) {
        await().atMost(PATIENCE).until(() -> Arrays.stream(MAIL.getReceivedMessages())
                .anyMatch(m -> recipient(m).equals(to)));
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> recipient(m).equals(to)).findFirst()
                .orElseThrow();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message, String type) throws Exception {
        return find(message.getContent(), type).getContent().toString();
    }

    private static byte[] attachment(MimeMessage message) throws Exception {
        return find(message.getContent(), "application/pdf").getInputStream().readAllBytes();
    }

    private static BodyPart find(Object content, String type) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return part;
                }
                if (part.isMimeType("multipart/*")) {
                    BodyPart found = find(part.getContent(), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }
}
