package be.smartcredit.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.claim.DocumentType;
import be.smartcredit.hub.claim.NewClaim;
import be.smartcredit.hub.dunning.ActionContents;
import be.smartcredit.hub.dunning.DunningRun;
import be.smartcredit.hub.payment.WebhookSignature;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.support.HubApi;
import be.smartcredit.hub.support.Pdfs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Casework on the real database, broker and renderer, with a local HTTP server playing the lawyer's and the
 * bailiff's platforms: a dossier walks from the formal notice to judicial recovery; handovers keep to the
 * contract, survive a timeout without being taken twice, and die and come back; webhooks are checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseworkFlowTest {

    private static final Path DATA = TestData.newDirectory("casework-flow");
    private static final String LAWYER_SECRET = "lawyer-webhook-secret";
    private static final String BAILIFF_SECRET = "bailiff-webhook-secret";
    private static final PartnerPlatform PLATFORM = new PartnerPlatform(2_500);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate ISSUED = LocalDate.of(2025, 12, 6);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("smartcredit.data-dir", DATA::toString);
        registry.add("smartcredit.security.admin-password", () -> HubApi.ADMIN_PASSWORD);
        registry.add("smartcredit.clock.today", ISSUED::toString);
        registry.add("smartcredit.dunning.cron", () -> "0 0 6 1 1 ? 2099");
        registry.add("smartcredit.casework.intake-delay-ms", () -> "3600000");
        registry.add("smartcredit.lawyer.name", () -> "Mr. An Verbeke");
        registry.add("smartcredit.lawyer.bar", () -> "Balie Gent");
        registry.add("smartcredit.lawyer.enterprise-number", () -> "0555.444.333");
        registry.add("smartcredit.lawyer.address", () -> "Kouter 10, 9000 Gent");
        registry.add("smartcredit.lawyer.phone", () -> "+32 9 222 33 44");
        registry.add("smartcredit.casework.mediators[0].id", () -> "east");
        registry.add("smartcredit.casework.mediators[0].name", () -> "Els Mertens");
        registry.add("smartcredit.casework.mediators[0].postcodes[0]", () -> "9000-9999");
        registry.add("smartcredit.casework.lawyer.base-url", () -> PLATFORM.baseUrl("lawyer"));
        registry.add("smartcredit.casework.lawyer.token", () -> "lawyer-token");
        registry.add("smartcredit.casework.lawyer.webhook-secret", () -> LAWYER_SECRET);
        registry.add("smartcredit.casework.bailiff.base-url", () -> PLATFORM.baseUrl("bailiff"));
        registry.add("smartcredit.casework.bailiff.token", () -> "bailiff-token");
        registry.add("smartcredit.casework.bailiff.webhook-secret", () -> BAILIFF_SECRET);
        registry.add("smartcredit.casework.handover.timeout", () -> "1s");
        registry.add("smartcredit.casework.handover.backoff", () -> "200ms");
        registry.add("smartcredit.casework.handover.max-attempts", () -> "3");
    }

    @Autowired
    Claims claims;

    @Autowired
    DunningRun run;

    @Autowired
    CaseworkIntake intake;

    @Autowired
    Handovers handovers;

    @Autowired
    HubClock clock;

    @Autowired
    ActionContents contents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate rest;

    private LocalDate lastRun = ISSUED.minusDays(1);

    @AfterAll
    static void stopPlatform() {
        PLATFORM.close();
    }

    @Test
    void walksADossierFromTheFormalNoticeToJudicialRecovery() throws Exception {
        long claim = register("WALK-1", "1500.00", ISSUED, ISSUED.plusDays(30), "Walter Claes");
        runOn(ISSUED);
        long dossier = dossierOf(claim);
        LocalDate phoneDay = advanceUntil(dossier, "PHONE_CAMPAIGN TASK_CREATED");

        long campaign = campaignOf(dossier);
        assertThat(callList(firstAttemptDay(campaign))).anySatisfy(c -> assertThat(c)
                .containsEntry("campaign", (int) campaign).containsKey("window"));
        assertThat(attempt(campaign, Map.of("outcome", "NO_ANSWER"))).containsEntry("effect", "NEXT_ATTEMPT");
        assertThat(attempt(campaign, Map.of("outcome", "VOICEMAIL", "template", "callback-nl")))
                .containsEntry("effect", "NEXT_ATTEMPT");
        assertThat(attempt(campaign, Map.of("outcome", "NO_ANSWER"))).containsEntry("effect", "NEXT_STEP");
        assertThat(plannedParts(campaign)).doesNotHaveDuplicates().hasSize(3);
        runOn(phoneDay);
        assertThat(lastAction(dossier)).isEqualTo("MEDIATOR_VISIT TASK_CREATED");

        LocalDate visitDay = visitDayOf(dossier);
        List<?> plan = admin().getForObject("/api/v1/mediators/east/visits?date=" + visitDay, List.class);
        long visit = plan.stream().map(v -> (Map<?, ?>) v).filter(v -> ((Number) v.get("dossier")).longValue()
                == dossier).map(v -> ((Number) v.get("visit")).longValue()).findFirst().orElseThrow();
        advanceTo(visitDay);
        BigDecimal openBefore = open(claim);
        assertThat(report(visit)).containsEntry("effect", "NEXT_STEP");
        assertThat(Pdfs.text(Path.of(reportPath(visit)))).contains("Bezoekverslag " + visit, "Solvabiliteitsrapport",
                "Part-time warehouse work", "gerechtelijke weg (LEGAL_ROUTE)");
        assertThat(open(claim)).isEqualByComparingTo(openBefore.subtract(new BigDecimal("50.00")));
        runOn(visitDay);
        assertThat(lastAction(dossier)).isEqualTo("LAWYER_LETTER SENT");

        String lawyerKey = handOver(dossier, "LAWYER_LETTER", "lawyer");
        JsonNode lawyerPackage = PLATFORM.taken(lawyerKey);
        assertThat(new HandoverContract().violations("HandoverPackage", lawyerPackage)).isEmpty();
        assertThat(lawyerPackage.get("contactHistory").toString()).contains("CALL_ATTEMPT", "VISIT_REPORTED");
        assertThat(lawyerPackage.get("documents").findValuesAsText("kind")).contains("FORMAL_NOTICE",
                "LAWYER_LETTER", "VISIT_REPORT");
        assertThat(PLATFORM.requests(lawyerKey).get(0).authorization()).isEqualTo("Bearer lawyer-token");

        LocalDate lawyerDay = visitDay.plusDays(7);
        advanceTo(lawyerDay);
        assertThat(webhook("lawyer", LAWYER_SECRET, status("l-1", lawyerKey, "LETTER_SENT")).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        webhook("lawyer", LAWYER_SECRET, status("l-2", lawyerKey, "ADVISE_JUDICIAL"));
        runOn(lawyerDay);
        assertThat(lastAction(dossier)).isEqualTo("BAILIFF_NOTICE TASK_CREATED");

        String bailiffKey = handOver(dossier, "BAILIFF_NOTICE", "bailiff");
        LocalDate bailiffDay = lawyerDay.plusDays(7);
        advanceTo(bailiffDay);
        webhook("bailiff", BAILIFF_SECRET, status("b-1", bailiffKey, "SERVED"));
        webhook("bailiff", BAILIFF_SECRET, analysis("b-2", bailiffKey, "PARTLY"));
        runOn(bailiffDay);
        assertThat(dossierStatus(dossier)).isEqualTo("AWAITING_APPROVAL");
        approve(dossier);
        runOn(bailiffDay);
        assertThat(lastAction(dossier)).isEqualTo("JUDICIAL_RECOVERY TASK_CREATED");

        String courtKey = handOver(dossier, "JUDICIAL_RECOVERY", "bailiff");
        assertThat(PLATFORM.taken(courtKey).get("creditAnalysis").asText()).isEqualTo("PARTLY");
        advanceTo(bailiffDay.plusDays(28));
        Map<?, ?> before = statement(dossier);
        webhook("bailiff", BAILIFF_SECRET, costs("b-3", courtKey, "COSTS_ADVANCED", "180.00"));
        Map<?, ?> beforeJudgment = statement(dossier);
        webhook("bailiff", BAILIFF_SECRET, status("b-4", courtKey, "JUDGMENT"));
        webhook("bailiff", BAILIFF_SECRET, status("b-5", courtKey, "EXECUTION"));
        webhook("bailiff", BAILIFF_SECRET, costs("b-6", courtKey, "COSTS_RECOVERED", "120.00"));

        Map<?, ?> partnerCosts = admin().getForObject("/api/v1/dossiers/" + dossier + "/partner-costs", Map.class);
        assertThat(new BigDecimal(partnerCosts.get("outstanding").toString())).isEqualByComparingTo("60.00");
        Map<?, ?> after = statement(dossier);
        assertThat(amount(beforeJudgment, "partnerCosts", "chargeable")).isZero();
        assertThat(amount(after, "partnerCosts", "chargeable")).isEqualByComparingTo("60.00");
        assertThat(amount(after, "partnerCosts", "advanced")).isEqualByComparingTo("180.00");
        assertThat(amount(after, "fees")).isEqualByComparingTo(amount(before, "fees"));
        assertThat(amount(after, "total")).isEqualByComparingTo(amount(before, "total"));
        assertThat(after.get("explanation").toString()).contains("Bailiff's costs of 60.00 still open");
        assertThat(eventKinds(dossier)).containsSubsequence("STEP_PLANNED", "CALLS_PLANNED", "CALL_ATTEMPT",
                "CALL_ATTEMPT", "CALL_ATTEMPT", "STEP_ENDED", "VISIT_PLANNED", "VISIT_REPORTED", "CASH_RECEIVED",
                "STEP_ENDED", "HANDOVER_PREPARED", "HANDOVER_SENT", "PARTNER_STATUS", "PARTNER_STATUS", "STEP_ENDED",
                "HANDOVER_SENT", "PARTNER_STATUS", "PARTNER_STATUS", "STEP_ENDED", "AWAITING_APPROVAL",
                "ESCALATION_APPROVED", "HANDOVER_SENT", "PARTNER_STATUS", "PARTNER_STATUS", "PARTNER_STATUS",
                "PARTNER_STATUS");
        assertThat(eventDetails(dossier)).contains("FORMAL_NOTICE for 1 claim(s)", "PHONE_CAMPAIGN ended early",
                "reports CREDIT_ANALYSIS (PARTLY)", "JUDICIAL_RECOVERY is due", "reports EXECUTION");
    }

    @Test
    void turnsAReachedCallAndAVisitAgreementIntoPaymentPlansAndResumesWhenAnInstalmentIsMissed() throws Exception {
        long dossier = dossierFromStep("PLAN-1", "Paul Plan", "fr", "SMS_REMINDER");
        LocalDate callDay = advanceUntil(dossier, "PHONE_CAMPAIGN TASK_CREATED");
        long campaign = campaignOf(dossier);
        Map<String, Object> plan = Map.of("outcome", "PAYMENT_PLAN", "instalments", List.of(
                instalment(callDay.plusDays(7), "300.00"), instalment(callDay.plusDays(37), "500.00")));

        assertThat(attempt(campaign, plan)).containsEntry("effect", "PLAN");
        assertThat(dossierStatus(dossier)).isEqualTo("ON_PLAN");
        LocalDate visitTaskDay = advanceUntil(dossier, "MEDIATOR_VISIT TASK_CREATED");

        long firstVisit = plannedVisit(dossier);
        advanceTo(plannedOn(firstVisit));
        assertThat(report(firstVisit, Map.of("outcome", "NOT_HOME"))).containsEntry("effect", "SECOND_VISIT");
        long secondVisit = plannedVisit(dossier);
        advanceTo(plannedOn(secondVisit));
        LocalDate agreedOn = lastRun;
        Map<String, Object> agreement = Map.of("outcome", "FOUND", "cashReceived", "40.00", "agreement", List.of(
                instalment(agreedOn.plusDays(10), "400.00"), instalment(agreedOn.plusDays(40), "360.00")));
        assertThat(report(secondVisit, agreement)).containsEntry("effect", "PLAN");
        assertThat(dossierStatus(dossier)).isEqualTo("ON_PLAN");
        assertThat(Pdfs.text(Path.of(reportPath(secondVisit)))).contains("Rapport de visite", "Accord de paiement",
                "rencontré");
        assertThat(Pdfs.text(Path.of(receiptPath(secondVisit)))).contains("Quittance", "Paul Plan", "EUR 40.00",
                "preuve de paiement");
        advanceUntil(dossier, "LAWYER_LETTER SENT");

        assertThat(secondVisit).isNotEqualTo(firstVisit);
        assertThat(visitTaskDay).isAfter(callDay.plusDays(7));
        assertThat(eventKinds(dossier)).containsSubsequence("CALL_ATTEMPT", "PLAN_AGREED", "PLAN_BROKEN",
                "VISIT_PLANNED", "VISIT_REPORTED", "VISIT_PLANNED", "VISIT_REPORTED",
                "CASH_RECEIVED", "PLAN_AGREED", "PLAN_BROKEN", "STEP_PLANNED");
        assertThat(eventDetails(dossier)).contains("Second visit " + secondVisit, "LAWYER_LETTER for 1 claim(s)");
    }

    @Test
    void marksAWrongNumberAndProposesClosingAnIrrecoverableDossierUntilTheClientApproves() {
        long dossier = dossierFromStep("GONE-1", "Greet Gone", "nl", "SMS_REMINDER");
        advanceUntil(dossier, "PHONE_CAMPAIGN TASK_CREATED");

        assertThat(attempt(campaignOf(dossier), Map.of("outcome", "WRONG_NUMBER"))).containsEntry("effect",
                "NEXT_STEP");
        assertThat(jdbc.sql("""
                SELECT b.bad_phone FROM debtors b JOIN dossiers d ON d.debtor_id = b.id WHERE d.id = ?""")
                .param(dossier).query(String.class).single()).isEqualTo("+32470123456");
        assertThat(contents.of(lastActionId(dossier), lastRun).orElseThrow().debtor().phone()).isNull();
        advanceUntil(dossier, "MEDIATOR_VISIT TASK_CREATED");
        long visit = plannedVisit(dossier);
        advanceTo(plannedOn(visit));
        Map<String, Object> solvency = Map.of("employment", "none", "income", "a replacement income",
                "assets", "none seen", "otherCreditors", "many", "assessment", "cannot pay",
                "recommendation", "IRRECOVERABLE");
        assertThat(report(visit, Map.of("outcome", "FOUND", "solvency", solvency)))
                .containsEntry("effect", "PROPOSE_CLOSING");
        runOn(lastRun.plusDays(20));
        assertThat(dossierStatus(dossier)).isEqualTo("AWAITING_APPROVAL");
        approve(dossier);

        assertThat(dossierStatus(dossier)).isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT close_reason FROM dossiers WHERE id = ?").param(dossier).query(String.class)
                .single()).isEqualTo("IRRECOVERABLE");
        assertThat(Pdfs.text(Path.of(reportPath(visit)))).contains("Bezoekverslag", "Solvabiliteitsrapport",
                "oninbaar");
        assertThat(eventKinds(dossier)).containsSubsequence("PHONE_MARKED_BAD", "STEP_ENDED", "VISIT_REPORTED",
                "CLOSING_PROPOSED", "CLOSING_APPROVED", "CLOSED");
    }

    @Test
    void retriesATimedOutHandoverUnderTheSameKeyWithoutASecondHandover() {
        long dossier = dossierWithBailiffStep("TIMEOUT-1", "Tim Out");
        String key = Handovers.key(bailiffAction(dossier), Handovers.Partner.BAILIFF);
        PLATFORM.answerSlowlyOnce(key);

        handovers.prepare();
        handovers.sendDue();
        assertThat(handoverStatus(key)).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> handovers.sendDue() >= 0 && "SENT".equals(handoverStatus(key)));

        assertThat(PLATFORM.requests(key)).hasSize(2).extracting(PartnerPlatform.Received::key).containsOnly(key);
        assertThat(PLATFORM.takenCount(key)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT attempts FROM handovers WHERE idempotency_key = ?").param(key)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(eventKinds(dossier).stream().filter("HANDOVER_SENT"::equals)).hasSize(1);
    }

    @Test
    void keepsAHandoverAsADeadLetterAfterTheLastAttemptAndSendsItWhenReplayed() {
        long dossier = dossierWithBailiffStep("DEAD-1", "Dirk Dood");
        String key = Handovers.key(bailiffAction(dossier), Handovers.Partner.BAILIFF);
        PLATFORM.failFor(key, true);

        handovers.prepare();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> handovers.sendDue() >= 0 && "DEAD".equals(handoverStatus(key)));
        List<?> dead = admin().getForObject("/api/v1/handovers?status=DEAD", List.class);
        long id = dead.stream().map(h -> (Map<?, ?>) h).filter(h -> key.equals(h.get("idempotencyKey")))
                .map(h -> ((Number) h.get("id")).longValue()).findFirst().orElseThrow();
        PLATFORM.failFor(key, false);
        assertThat(admin().postForEntity("/api/v1/handovers/" + id + "/replay", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        handovers.sendDue();

        assertThat(PLATFORM.requests(key)).hasSize(4);
        assertThat(handoverStatus(key)).isEqualTo("SENT");
        assertThat(eventKinds(dossier)).containsSubsequence("HANDOVER_FAILED", "HANDOVER_REPLAYED", "HANDOVER_SENT");
    }

    @Test
    void refusesABadSignatureAndAReplayedWebhookAndAppliesAGoodOne() throws Exception {
        long dossier = dossierWithBailiffStep("HOOK-1", "Hilde Haak");
        String key = Handovers.key(bailiffAction(dossier), Handovers.Partner.BAILIFF);
        handovers.prepare();
        handovers.sendDue();
        byte[] body = analysis("hook-1", key, "NOT_SOLVENT");

        ResponseEntity<String> forged = post("bailiff", body, now(), "0".repeat(64));
        ResponseEntity<String> wrongSecret = webhook("bailiff", LAWYER_SECRET, body);
        String old = Long.toString(Instant.now().minusSeconds(1_000).getEpochSecond());
        ResponseEntity<String> stale = post("bailiff", body, old, new WebhookSignature(BAILIFF_SECRET).sign(old, body));
        ResponseEntity<String> good = webhook("bailiff", BAILIFF_SECRET, body);
        ResponseEntity<String> replayed = webhook("bailiff", BAILIFF_SECRET, body);

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrongSecret.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(good.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(jdbc.sql("SELECT count(*) FROM partner_events WHERE event_id = 'hook-1'").query(Long.class)
                .single()).isEqualTo(1);
        assertThat(eventDetails(dossier)).contains("BAILIFF_NOTICE ended early: the bailiff's credit analysis says "
                + "NOT_SOLVENT");
    }

    // -- the dossier and the clock

    private long dossierWithBailiffStep(String number, String debtor) {
        clock.fix(TestData.officeHours(clock.today()));
        long claim = register(number, "800.00", clock.today().minusDays(60), clock.today().minusDays(30), debtor);
        run.run(clock.today());
        long dossier = dossierOf(claim);
        ResponseEntity<Map> byHand = admin().postForEntity("/api/v1/dossiers/" + dossier
                + "/steps/BAILIFF_NOTICE/sent-by-hand", null, Map.class);
        assertThat(byHand.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return dossier;
    }

    /** A dossier whose procedure has reached {@code step} (recorded as sent by hand) from today on. */
    private long dossierFromStep(String number, String debtor, String language, String step) {
        clock.fix(TestData.officeHours(clock.today()));
        long claim = register(number, "800.00", clock.today().minusDays(60), clock.today().minusDays(30), debtor,
                language);
        runOn(clock.today());
        long dossier = dossierOf(claim);
        assertThat(admin().postForEntity("/api/v1/dossiers/" + dossier + "/steps/" + step + "/sent-by-hand", null,
                Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return dossier;
    }

    private void advanceTo(LocalDate day) {
        for (LocalDate next = lastRun.plusDays(1); !next.isAfter(day); next = next.plusDays(1)) {
            runOn(next);
        }
    }

    private void runOn(LocalDate day) {
        clock.fix(TestData.officeHours(day));
        if (run.run(day).actionsCreated() > 0) {
            awaitNoPendingAction();
        }
        intake.takeUp();
        lastRun = day;
    }

    private void awaitNoPendingAction() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql(
                "SELECT count(*) FROM dunning_actions WHERE status = 'PENDING'").query(Long.class).single() == 0);
    }

    private String handOver(long dossier, String step, String partner) {
        intake.takeUp();
        String key = jdbc.sql("""
                SELECT h.idempotency_key FROM handovers h WHERE h.dossier_id = ? AND h.step = ? AND h.partner = ?""")
                .params(dossier, step, partner).query(String.class).single();
        assertThat(handoverStatus(key)).isEqualTo("SENT");
        return key;
    }

    private LocalDate advanceUntil(long dossier, String action) {
        for (int days = 0; days < 200 && !action.equals(lastAction(dossier)); days++) {
            runOn(lastRun.plusDays(1));
        }
        assertThat(lastAction(dossier)).isEqualTo(action);
        return lastRun;
    }

    private long register(String number, String amount, LocalDate issued, LocalDate due, String debtor) {
        return register(number, amount, issued, due, debtor, "nl");
    }

    private long register(String number, String amount, LocalDate issued, LocalDate due, String debtor,
            String language) {
        var newDebtor = new NewClaim.NewDebtor(debtor, "Kerkstraat 1", null, "9000", "Gent", "BE", null, "+32470123456",
                null, null, null, "CONSUMER", language);
        var claim = new NewClaim("demo", "BE0765432146", DocumentType.INVOICE, number, issued, due, "stated", "EUR",
                new BigDecimal(amount), newDebtor, null, "test", false, List.of(), null);
        return claims.register(claim, due).claimId();
    }

    // -- the API as an agent, a mediator and a partner use it

    private List<Map<String, Object>> callList(LocalDate day) {
        return admin().getForObject("/api/v1/calls?date=" + day, List.class);
    }

    private Map<String, Object> attempt(long campaign, Map<String, ?> body) {
        ResponseEntity<Map> response = admin().postForEntity("/api/v1/calls/" + campaign + "/attempts", body,
                Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = response.getBody();
        return answer;
    }

    private Map<String, Object> report(long visit) {
        Map<String, Object> solvency = Map.of("employment", "Part-time warehouse work", "income", "about 1400 a month",
                "assets", "an old car", "otherCreditors", "a bank and the energy supplier",
                "assessment", "can pay a part, not the whole", "recommendation", "LEGAL_ROUTE");
        return report(visit, Map.of("outcome", "FOUND", "cashReceived", "50.00", "solvency", solvency));
    }

    private Map<String, Object> report(long visit, Map<String, Object> body) {
        ResponseEntity<Map> response = admin().postForEntity("/api/v1/visits/" + visit + "/report", body, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = response.getBody();
        return answer;
    }

    private Map<?, ?> statement(long dossier) {
        return admin().getForObject("/api/v1/dossiers/" + dossier + "/statement", Map.class);
    }

    private static BigDecimal amount(Map<?, ?> statement, String... path) {
        Object value = statement;
        for (String key : path) {
            value = ((Map<?, ?>) value).get(key);
        }
        return new BigDecimal(value.toString());
    }

    private static Map<String, String> instalment(LocalDate dueOn, String amount) {
        return Map.of("dueOn", dueOn.toString(), "amount", amount);
    }

    private void approve(long dossier) {
        assertThat(admin().postForEntity("/api/v1/dossiers/" + dossier + "/approval", Map.of("decision", "approve"),
                Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> webhook(String partner, String secret, byte[] body) {
        String timestamp = now();
        return post(partner, body, timestamp, new WebhookSignature(secret).sign(timestamp, body));
    }

    private ResponseEntity<String> post(String partner, byte[] body, String timestamp, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add("X-Timestamp", timestamp);
        headers.add("X-Signature", signature);
        return rest.postForEntity("/api/v1/partners/" + partner + "/status", new HttpEntity<>(body, headers),
                String.class);
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    private static byte[] status(String event, String key, String status) {
        return json(Map.of("eventId", event, "handoverId", key, "status", status));
    }

    private static byte[] analysis(String event, String key, String analysis) {
        return json(Map.of("eventId", event, "handoverId", key, "status", "CREDIT_ANALYSIS", "analysis", analysis));
    }

    private static byte[] costs(String event, String key, String status, String amount) {
        return json(Map.of("eventId", event, "handoverId", key, "status", status, "amount", new BigDecimal(amount)));
    }

    private static byte[] json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth("admin", HubApi.ADMIN_PASSWORD);
    }

    // -- what the database says

    private long dossierOf(long claim) {
        return jdbc.sql("SELECT dossier_id FROM claims WHERE id = ?").param(claim).query(Long.class).single();
    }

    private String lastAction(long dossier) {
        return jdbc.sql("""
                SELECT step || ' ' || status FROM dunning_actions WHERE dossier_id = ? ORDER BY id DESC LIMIT 1""")
                .param(dossier).query(String.class).single();
    }

    private long campaignOf(long dossier) {
        return jdbc.sql("SELECT id FROM call_campaigns WHERE dossier_id = ?").param(dossier).query(Long.class).single();
    }

    private List<String> plannedParts(long campaign) {
        return jdbc.sql("SELECT day_part FROM call_attempts WHERE campaign_id = ? ORDER BY number").param(campaign)
                .query(String.class).list();
    }

    private LocalDate firstAttemptDay(long campaign) {
        return jdbc.sql("""
                SELECT (planned_at AT TIME ZONE 'Europe/Brussels')::date FROM call_attempts
                 WHERE campaign_id = ? AND number = 1""").param(campaign).query(LocalDate.class).single();
    }

    private LocalDate visitDayOf(long dossier) {
        return jdbc.sql("SELECT planned_on FROM visits WHERE dossier_id = ?").param(dossier).query(LocalDate.class)
                .single();
    }

    private long plannedVisit(long dossier) {
        return jdbc.sql("SELECT id FROM visits WHERE dossier_id = ? AND status = 'PLANNED'").param(dossier)
                .query(Long.class).single();
    }

    private LocalDate plannedOn(long visit) {
        return jdbc.sql("SELECT planned_on FROM visits WHERE id = ?").param(visit).query(LocalDate.class).single();
    }

    private String receiptPath(long visit) {
        return jdbc.sql("SELECT receipt_path FROM visits WHERE id = ?").param(visit).query(String.class).single();
    }

    private long lastActionId(long dossier) {
        return jdbc.sql("SELECT max(id) FROM dunning_actions WHERE dossier_id = ?").param(dossier).query(Long.class)
                .single();
    }

    private String reportPath(long visit) {
        return jdbc.sql("SELECT report_path FROM visits WHERE id = ?").param(visit).query(String.class).single();
    }

    private BigDecimal open(long claim) {
        return jdbc.sql("SELECT open_amount FROM claims WHERE id = ?").param(claim).query(BigDecimal.class).single();
    }

    private String dossierStatus(long dossier) {
        return jdbc.sql("SELECT status FROM dossiers WHERE id = ?").param(dossier).query(String.class).single();
    }

    private long bailiffAction(long dossier) {
        return jdbc.sql("SELECT id FROM dunning_actions WHERE dossier_id = ? AND step = 'BAILIFF_NOTICE'")
                .param(dossier).query(Long.class).single();
    }

    private String handoverStatus(String key) {
        return jdbc.sql("SELECT status FROM handovers WHERE idempotency_key = ?").param(key).query(String.class)
                .single();
    }

    private List<String> eventKinds(long dossier) {
        return jdbc.sql("SELECT kind FROM dossier_events WHERE dossier_id = ? ORDER BY id").param(dossier)
                .query(String.class).list();
    }

    private String eventDetails(long dossier) {
        return String.join("\n", jdbc.sql("SELECT detail FROM dossier_events WHERE dossier_id = ? ORDER BY id")
                .param(dossier).query(String.class).list());
    }
}
