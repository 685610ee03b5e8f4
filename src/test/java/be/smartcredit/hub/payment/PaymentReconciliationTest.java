package be.smartcredit.hub.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.Samples;
import be.smartcredit.hub.TestData;
import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.claim.DocumentType;
import be.smartcredit.hub.claim.NewClaim;
import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.payment.coda.CodaFixtures;
import be.smartcredit.hub.payment.coda.CodaFixtures.CreditPayment;
import be.smartcredit.hub.support.HubApi;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole hub on real bank files: a camt.053 sample carrying a claim's OGM and a CODA built from a sample pay
 * their claims through the inbox, a second delivery changes nothing, bad files go to quarantine with their reason,
 * an agent works the queue through the API, and a signed webhook pays and then refunds a claim.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaymentReconciliationTest {

    private static final Path DATA = TestData.newDirectory("payments");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String WEBHOOK_SECRET = "test-webhook-secret";
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    private static final String CAMT = "camt053/OCA-bank-statement-import_test-camt053.xml";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("smartcredit.data-dir", DATA::toString);
        registry.add("smartcredit.security.admin-password", () -> HubApi.ADMIN_PASSWORD);
        registry.add("smartcredit.clock.today", TODAY::toString);
        registry.add("smartcredit.clock.time", () -> "10:00");
        registry.add("smartcredit.payments.webhook-secret", () -> WEBHOOK_SECRET);
        // The camt.053 sample does not add up; this account's statements are applied all the same.
        registry.add("smartcredit.payments.hold-unbalanced-by-account.NL77ABNA0574908765", () -> "false");
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Claims claims;

    @Autowired
    JdbcClient jdbc;

    TestRestTemplate admin;

    @BeforeEach
    void connect() {
        admin = rest.withBasicAuth("admin", HubApi.ADMIN_PASSWORD);
    }

    @Test
    void appliesCamtAndCodaStatementsOnceAndLetsAnAgentWorkTheRest() throws IOException {
        Claims.Registration camtClaim = register("PAY-CAMT-1", "1405.31");
        Claims.Registration codaClaim = register("PAY-CODA-1", "100.00");

        drop("statement.xml", camtWithReference(camtClaim.communication()));
        byte[] coda = CodaFixtures.withCreditPayment(CodaFixtures.sampleLines("tryton-coda_CODA.txt"),
                codaClaim.communication().digits(), new BigDecimal("50.00"));
        drop("statement.cod", coda);
        await().atMost(PATIENCE).until(() -> archived("statement.xml") && archived("statement.cod"));

        assertThat(openAmount(camtClaim)).isEqualByComparingTo("0");
        assertThat(status(camtClaim)).isEqualTo("PAID");
        assertThat(openAmount(codaClaim)).isEqualByComparingTo("50.00");
        assertThat(status(codaClaim)).isEqualTo("OPEN");

        drop("again.cod", coda);
        await().atMost(PATIENCE).until(() -> archived("again.cod"));
        assertThat(statements()).noneMatch(statement -> "again.cod".equals(statement.get("fileName")));
        assertThat(openAmount(codaClaim)).isEqualByComparingTo("50.00");
        assertThat(activeAllocations(codaClaim)).isEqualTo(1);

        assertCamtReconciliation();
        workTheQueue(codaClaim);
    }

    @Test
    void quarantinesUnreadableStatementsWithTheirReason() throws IOException {
        String camt = Files.readString(Samples.path(CAMT));
        drop("doctype.xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY x \"y\">]>\n" + camt)
                .getBytes(StandardCharsets.UTF_8));
        drop("faulty.cod", Samples.bytes("coda/acsone-pycoda_Coda_faulty_version.txt"));

        await().atMost(PATIENCE).until(() -> TestData.files(quarantine(), "doctype.xml.error.txt").size()
                + TestData.files(quarantine(), "faulty.cod.error.txt").size() == 2);

        String reasons = Files.readString(errorFor("doctype.xml")) + Files.readString(errorFor("faulty.cod"));
        assertThat(reasons).contains("DOCTYPE is not allowed", "version code '5' is not supported");
    }

    @Test
    void quarantinesAStatementThatReusesTheNumberOfAnAppliedOneWithOtherContent() throws IOException {
        Claims.Registration claim = register("PAY-SAME-NUMBER-1", "300.00");
        String ogm = claim.communication().digits();
        LocalDate day = LocalDate.of(2024, 2, 12);
        drop("first.cod", CodaFixtures.creditPayments(77, day,
                List.of(new CreditPayment(ogm, new BigDecimal("20.00")))));
        await().atMost(PATIENCE).until(() -> archived("first.cod"));

        drop("changed.cod", CodaFixtures.creditPayments(77, day,
                List.of(new CreditPayment(ogm, new BigDecimal("30.00")))));
        drop("resent.cod", CodaFixtures.creditPayments(77, day,
                List.of(new CreditPayment(ogm, new BigDecimal("20.00")))));

        await().atMost(PATIENCE).until(() -> archived("resent.cod")
                && !TestData.files(quarantine(), "changed.cod.error.txt").isEmpty());
        assertThat(Files.readString(errorFor("changed.cod"))).contains("changed.cod", "statement 77 of 2024-02-12",
                "other content", "first.cod");
        assertThat(openAmount(claim)).isEqualByComparingTo("280.00");
        assertThat(activeAllocations(claim)).isEqualTo(1);
    }

    @Test
    void holdsTheMovementsOfAStatementThatDoesNotAddUp() throws IOException {
        drop("unbalanced.cod", Samples.bytes("coda/wimverstuyf-php-coda-parser_sample2.cod"));

        await().atMost(PATIENCE).until(() -> archived("unbalanced.cod"));

        Map<String, Object> statement = statements().stream()
                .filter(s -> "unbalanced.cod".equals(s.get("fileName"))).findFirst().orElseThrow();
        assertThat(statement).containsEntry("balanceOk", false).containsEntry("held", true);
        List<Map<String, Object>> lines = linesOf(statement, "flagged");
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(payment(line))
                .containsEntry("status", "HELD"));
        assertThat(payment(lines.get(0)).get("flags").toString()).contains("statement held: balance check failed");
    }

    @Test
    void appliesASignedWebhookOnceAndReopensTheClaimWhenRefunded() {
        Claims.Registration claim = register("PAY-HOOK-1", "200.00");
        String paid = webhookBody("evt-1", claim.communication().formatted(), "paid");

        assertThat(postWebhook(paid, "sha256=" + sign(paid)).getBody()).containsEntry("outcome", "APPLIED")
                .containsEntry("paymentStatus", "MATCHED");
        assertThat(postWebhook(paid, sign(paid)).getBody()).containsEntry("outcome", "DUPLICATE");
        assertThat(postWebhook(paid, sign(paid + " ")).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(postWebhook(paid, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(claim)).isEqualTo("PAID");

        String refunded = webhookBody("evt-2", claim.communication().formatted(), "refunded");
        assertThat(postWebhook(refunded, sign(refunded)).getBody()).containsEntry("paymentStatus", "REVERSED");

        assertThat(status(claim)).isEqualTo("OPEN");
        assertThat(openAmount(claim)).isEqualByComparingTo("200.00");
        assertThat(jdbc.sql("SELECT next_action_on FROM claims WHERE id = ?").param(claim.claimId())
                .query(LocalDate.class).single()).isEqualTo(TODAY);
    }

    private void assertCamtReconciliation() {
        Map<String, Object> camt = statements().stream().filter(s -> "CAMT053".equals(s.get("format")))
                .findFirst().orElseThrow();
        assertThat(camt).containsEntry("balanceOk", false).containsEntry("held", false);
        assertThat(camt.get("balanceDetail").toString()).contains("15555.28", "15121.12");

        assertThat(linesOf(camt, "matched")).extracting(line -> payment(line).get("key")).containsExactly("N3/T1");
        assertThat(linesOf(camt, "flagged")).extracting(line -> payment(line).get("key"))
                .containsExactly("N2/T1", "N2/T2");
        assertThat(linesOf(camt, "outgoing")).extracting(line -> payment(line).get("key")).containsExactly("N1/T1");

        ResponseEntity<String> csv = admin.getForEntity("/api/v1/statements/" + camt.get("id")
                + "/reconciliation.csv", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith(ReconciliationCsv.HEADER)
                .contains("matched,", ",N3/T1,2014-01-05,1405.31,EUR,MATCHED,REFERENCE,", "PAY-CAMT-1:1405.31")
                .contains(",-754.25,");
    }

    private void workTheQueue(Claims.Registration claim) {
        List<Map<String, Object>> waiting = get("/api/v1/payments/unmatched?limit=1000");
        Map<String, Object> line = waiting.stream().map(this::payment)
                .filter(p -> "UNMATCHED".equals(p.get("status")) && ((Number) p.get("amount")).doubleValue() >= 20)
                .findFirst().orElseThrow();

        ResponseEntity<Map<String, Object>> allocated = admin.exchange("/api/v1/payments/" + line.get("id")
                + "/allocations", HttpMethod.POST, json(Map.of("claimId", claim.claimId(), "amount", "20.00")),
                new ParameterizedTypeReference<>() { });
        assertThat(allocated.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(openAmount(claim)).isEqualByComparingTo("30.00");

        ResponseEntity<String> tooMuch = admin.exchange("/api/v1/payments/" + line.get("id") + "/allocations",
                HttpMethod.POST, json(Map.of("claimId", claim.claimId(), "amount", "31.00")), String.class);
        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        admin.delete("/api/v1/allocations/" + allocated.getBody().get("id"));
        assertThat(openAmount(claim)).isEqualByComparingTo("50.00");
        assertThat(activeAllocations(claim)).isEqualTo(1);
        ResponseEntity<String> again = admin.exchange("/api/v1/allocations/" + allocated.getBody().get("id"),
                HttpMethod.DELETE, null, String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private Claims.Registration register(String number, String amount) {
        NewClaim.NewDebtor debtor = new NewClaim.NewDebtor("Debtor of " + number, "Kerkstraat 1", null, "9000",
                "Gent", "BE", null, null, null, null, null, "BUSINESS", "nl");
        return claims.register(new NewClaim("demo", "seller:test", DocumentType.INVOICE, number,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), "stated", "EUR", new BigDecimal(amount), debtor,
                null, "test", false, List.of(), null), LocalDate.of(2024, 2, 1));
    }

    private static byte[] camtWithReference(StructuredCommunication communication) throws IOException {
        String camt = Files.readString(Samples.path(CAMT));
        String reference = "<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr>"
                + "</Tp><Ref>" + communication.digits() + "</Ref></CdtrRefInf></Strd></RmtInf>";
        String adapted = camt.replace("<AddtlTxInf>#RD PARTY", reference + "<AddtlTxInf>#RD PARTY");
        assertThat(adapted).isNotEqualTo(camt);
        return adapted.getBytes(StandardCharsets.UTF_8);
    }

    private BigDecimal openAmount(Claims.Registration claim) {
        return jdbc.sql("SELECT open_amount FROM claims WHERE id = ?").param(claim.claimId())
                .query(BigDecimal.class).single();
    }

    private String status(Claims.Registration claim) {
        return jdbc.sql("SELECT status FROM claims WHERE id = ?").param(claim.claimId()).query(String.class)
                .single();
    }

    private long activeAllocations(Claims.Registration claim) {
        return jdbc.sql("SELECT count(*) FROM allocations WHERE claim_id = ? AND undone_at IS NULL")
                .param(claim.claimId()).query(Long.class).single();
    }

    private List<Map<String, Object>> statements() {
        return get("/api/v1/statements");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> linesOf(Map<String, Object> statement, String category) {
        Map<String, Object> reconciliation = admin.exchange("/api/v1/statements/" + statement.get("id")
                + "/reconciliation", HttpMethod.GET, null,
                new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
        return (List<Map<String, Object>>) reconciliation.get(category);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> payment(Map<String, Object> line) {
        return (Map<String, Object>) line.get("payment");
    }

    private List<Map<String, Object>> get(String path) {
        ResponseEntity<List<Map<String, Object>>> response = admin.exchange(path, HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<Map<String, Object>> postWebhook(String body, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            headers.set("X-Signature", signature);
        }
        return rest.exchange("/api/v1/payments/webhook", HttpMethod.POST, new HttpEntity<>(body, headers),
                new ParameterizedTypeReference<>() { });
    }

    private static String webhookBody(String id, String reference, String status) {
        return "{\"id\":\"" + id + "\",\"reference\":\"" + reference + "\",\"amount\":200.00,\"currency\":\"EUR\","
                + "\"status\":\"" + status + "\"}";
    }

    private static String sign(String body) {
        return new WebhookSignature(WEBHOOK_SECRET).sign(body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static void drop(String name, byte[] content) throws IOException {
        Path inbox = Files.createDirectories(DATA.resolve("inbox/bank"));
        Files.write(inbox.resolve(name + ".part"), content);
        Files.move(inbox.resolve(name + ".part"), inbox.resolve(name));
    }

    private static boolean archived(String name) throws IOException {
        Path archive = DATA.resolve("inbox/bank/.archive");
        if (!Files.isDirectory(archive)) {
            return false;
        }
        try (var files = Files.walk(archive)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith("-" + name));
        }
    }

    private static Path quarantine() {
        return DATA.resolve("quarantine/bank");
    }

    private static Path errorFor(String name) {
        return TestData.files(quarantine(), name + ".error.txt").get(0);
    }
}
