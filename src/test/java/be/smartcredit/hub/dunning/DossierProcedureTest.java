package be.smartcredit.hub.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.claim.DocumentType;
import be.smartcredit.hub.claim.NewClaim;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.support.HubApi;
import be.smartcredit.hub.support.Pdfs;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One consumer's dossier through every step of the default procedure, on the real database, broker and
 * letter renderer, with the clock moved day by day; and the same day run twice and on two threads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DossierProcedureTest {

    private static final Path DATA = TestData.newDirectory("dossier-procedure");
    private static final LocalDate ISSUED = LocalDate.of(2025, 12, 6);
    private static final LocalDate DUE = LocalDate.of(2026, 1, 5);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("smartcredit.data-dir", DATA::toString);
        registry.add("smartcredit.security.admin-password", () -> HubApi.ADMIN_PASSWORD);
        registry.add("smartcredit.clock.today", ISSUED::toString);
        // Kept off: the casework intake timer would race the dunning runs for the dossier row.
        registry.add("smartcredit.casework.intake-delay-ms", () -> "3600000");
        registry.add("smartcredit.dunning.cron", () -> "0 0 6 1 1 ? 2099");
        registry.add("smartcredit.lawyer.name", () -> "Mr. An Verbeke");
        registry.add("smartcredit.lawyer.bar", () -> "Balie Gent");
        registry.add("smartcredit.lawyer.enterprise-number", () -> "0555.444.333");
        registry.add("smartcredit.lawyer.address", () -> "Kouter 10, 9000 Gent");
        registry.add("smartcredit.lawyer.phone", () -> "+32 9 222 33 44");
    }

    @Autowired
    Claims claims;

    @Autowired
    DunningRun run;

    @Autowired
    ActionContents contents;

    @Autowired
    HubClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate rest;

    private LocalDate lastRun;

    /**
     * Terms as the law counts them: the first reminder, posted on Tuesday 6 January 2026, gives 14 days from
     * Friday 9 January (the third working day after posting), so its term ends on 22 January. Interest runs at
     * the legal rate (4.5% in 2026) from 23 January; the lump sums are charged once per claim on reminder 2.
     */
    @Test
    void followsADossierThroughEveryStepOfTheDefaultProcedure() {
        clock.fix(TestData.officeHours(ISSUED));
        long a = register("ENG-A", "1000.00", ISSUED, DUE);
        long b = register("ENG-B", "400.00", ISSUED, DUE);
        long c = register("ENG-C", "200.00", ISSUED, DUE);
        lastRun = ISSUED.minusDays(1);
        advanceTo(ISSUED);
        long dossier = dossierOf(a);

        advanceTo(day(1, 6));
        advanceTo(day(1, 10));
        pay(a, "250.00");
        advanceTo(day(1, 15));
        credit(b, "100.00");
        advanceTo(day(1, 16));
        long dispute = hold(c, "DISPUTE", "goods arrived damaged", null);
        advanceTo(day(1, 24));
        clock.fix(TestData.officeHours(day(1, 25)));
        long d = register("ENG-D", "300.00", day(1, 21), day(2, 20));
        advanceTo(day(2, 8));
        hold(b, "PROMISE", "will pay after the holidays", day(3, 1));
        advanceTo(day(2, 27));
        release(c, dispute);
        advanceTo(day(3, 7));
        agreePlan(dossier, day(3, 20), "200.00", day(4, 20), "200.00", day(5, 20), "750.00");
        advanceTo(day(3, 20));
        pay(a, "200.00");
        advanceTo(day(6, 17));
        assertThat(actions(dossier)).containsExactly(
                "INVOICE_SENDING 2025-12-06 TASK_CREATED", "REMINDER_1 2026-01-06 SENT",
                "REMINDER_2 2026-01-23 SENT", "INVOICE_SENDING 2026-01-25 TASK_CREATED",
                "FORMAL_NOTICE 2026-02-08 SENT", "REMINDER_1 2026-02-21 SENT", "SMS_REMINDER 2026-02-27 TASK_CREATED",
                "PHONE_CAMPAIGN 2026-03-07 TASK_CREATED", "MEDIATOR_VISIT 2026-05-01 TASK_CREATED",
                "LAWYER_LETTER 2026-05-16 SENT", "BAILIFF_NOTICE 2026-06-01 TASK_CREATED");
        assertThat(dossierJson(dossier)).containsEntry("status", "AWAITING_APPROVAL");
        approve(dossier);
        runOn(day(6, 17));

        assertThat(actions(dossier)).last().isEqualTo("JUDICIAL_RECOVERY 2026-06-17 TASK_CREATED");
        assertThat(termOf(dossier, "REMINDER_1", day(1, 6))).isEqualTo(day(1, 22));
        assertThat(termOf(dossier, "FORMAL_NOTICE", day(2, 8))).isEqualTo(day(2, 23));
        // first reminder: free, with the Book XIX mentions and the lump sums announced (90 + 55 + 35)
        assertLetter(dossier, "REMINDER_1", day(1, 6), Map.of("ENG-A", "1.000,00", "ENG-B", "400,00",
                "ENG-C", "200,00"), "ENG-D");
        assertThat(letterText(dossier, "REMINDER_1", day(1, 6))).contains("boek XIX", "22/01/2026", "EUR 180,00",
                "Totaal verschuldigd EUR 1.600,00");
        // reminder 2 on 23 January: one day of interest, 750 x 4.5% / 365 = 0.09 and 300 x 4.5% / 365 = 0.04;
        // lump sums 65 + 5% x 250 = 77.50 and 30 + 10% x 150 = 45.00
        assertLetter(dossier, "REMINDER_2", day(1, 23), Map.of("ENG-A", "750,00", "ENG-B", "300,00"), "ENG-C");
        assertThat(letterText(dossier, "REMINDER_2", day(1, 23))).contains("EUR 250,00", "Interesten EUR 0,13",
                "Schadevergoeding en kosten EUR 122,50", "Totaal verschuldigd EUR 1.172,63").doesNotContain("boek XIX");
        // formal notice on 8 February: 17 days of interest, 1.57 on 750 and 0.63 on 300; no second lump sum
        assertLetter(dossier, "FORMAL_NOTICE", day(2, 8), Map.of("ENG-A", "1.000,00", "ENG-B", "400,00"), "ENG-C");
        assertThat(letterText(dossier, "FORMAL_NOTICE", day(2, 8))).contains("EUR 1,57", "EUR 0,63", "EUR 77,50",
                "EUR 45,00", "EUR 250,00", "EUR 100,00", "EUR 1.174,70", "23/02/2026");
        assertLetter(dossier, "REMINDER_1", day(2, 21), Map.of("ENG-D", "300,00"), "ENG-A");
        // lawyer's letter on 16 May: A 5.27 (750, 57 days) + 3.87 (550, 57 days), B 4.22, C 2.81 (114 days),
        // D 2.48 (67 days from 11 March); open 1350 + interest 18.65 + lump sums 122.50 = 1491.15
        assertLetter(dossier, "LAWYER_LETTER", day(5, 16), Map.of("ENG-A", "1.000,00", "ENG-B", "400,00",
                "ENG-C", "200,00", "ENG-D", "300,00"), "ENG-E");
        assertThat(letterText(dossier, "LAWYER_LETTER", day(5, 16))).contains("EUR 5,27", "EUR 3,87", "EUR 4,22",
                "EUR 2,81", "EUR 2,48", "EUR 200,00", "EUR 1.491,15", "Balie Gent");
        assertThat(claimsOnAction(dossier, "SMS_REMINDER")).containsExactly(a);
        assertThat(claimsOnAction(dossier, "PHONE_CAMPAIGN")).containsExactlyInAnyOrder(a, b, c);
        assertThat(openTasks(dossier)).isEqualTo(7);
        assertReceivedOnLawyerLetter(dossier, a);
        assertThat(statementTotal(dossier, day(5, 16))).isEqualByComparingTo("1491.15");
        assertThat(eventKinds(dossier)).contains("HOLD_ADDED", "HOLD_RELEASED", "PLAN_AGREED", "PLAN_BROKEN",
                "CLAIM_LEFT_OFF", "AWAITING_APPROVAL", "ESCALATION_APPROVED", "LETTER_SENT", "TASK_CREATED");

        pay(a, "548.00");
        pay(b, "300.00");
        pay(c, "200.00");
        pay(d, "300.00");
        advanceTo(day(6, 25));

        assertThat(dossierJson(dossier)).containsEntry("status", "CLOSED").containsEntry("closeReason", "PAID");
        assertThat(claimStatus(a)).isEqualTo("WRITTEN_OFF");
        assertThat(eventKinds(dossier)).contains("WRITTEN_OFF", "CLOSED");
    }

    @Test
    void createsEachStepOnceHoweverOftenAndOnHowManyThreadsTheDayIsRun() throws Exception {
        LocalDate issued = LocalDate.of(2024, 3, 1);
        LocalDate due = issued.plusDays(30);
        clock.fix(TestData.officeHours(issued));
        long claim = register("TWICE-1", "80.00", issued, due, "Twice Tester");
        register("TWICE-2", "20.00", issued, due, "Twice Tester");
        register("TWICE-3", "55.00", issued, due, "Other Tester");

        runTwiceOnTwoThreads(issued);
        LocalDate reminderDay = due.plusDays(1);
        clock.fix(TestData.officeHours(reminderDay));
        runTwiceOnTwoThreads(reminderDay);
        run.run(reminderDay);
        long dossier = dossierOf(claim);
        long byHand = sentByHand(dossier, "REMINDER_2");
        LocalDate secondReminderDay = reminderDay.plusDays(15);
        clock.fix(TestData.officeHours(secondReminderDay));
        runTwiceOnTwoThreads(secondReminderDay);

        assertThat(jdbc.sql("""
                SELECT count(*) FROM dunning_actions WHERE dossier_id = ? GROUP BY step, round HAVING count(*) > 1""")
                .param(dossier).query(Long.class).list()).isEmpty();
        assertThat(actions(dossier)).containsExactly("INVOICE_SENDING 2024-03-01 TASK_CREATED",
                "REMINDER_1 2024-04-01 SENT", "REMINDER_2 " + secondReminderDay.minusDays(15) + " SENT_BY_HAND");
        assertThat(claimsOnAction(dossier, "REMINDER_1")).hasSize(2);
        assertThat(byHand).isPositive();
        assertThat(rest.withBasicAuth("admin", HubApi.ADMIN_PASSWORD).postForEntity(
                "/api/v1/dossiers/" + dossier + "/steps/REMINDER_2/sent-by-hand", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void treatsAStoredBusinessAsABusinessAndClaimsNoInterestWhereNoRateIsPublished() {
        LocalDate due = day(6, 1);
        clock.fix(due.plusDays(1));
        long claim = register("BIZ-1", "1000.00", due.minusDays(30), due, "Bouwbedrijf Noord", "BUSINESS");

        run.run(due.plusDays(1));
        awaitNoPendingAction();
        long dossier = dossierOf(claim);
        Map<?, ?> statement = admin().getForObject("/api/v1/dossiers/" + dossier + "/statement?date=2026-12-04",
                Map.class);

        // 2-30 June 2026 at the commercial 10.5%: 1000 x 10.5 x 29 / 36500 = 8.34; no rate after 30 June
        assertThat(statement.get("debtor")).isEqualTo("BUSINESS");
        assertThat(new BigDecimal(statement.get("interest").toString())).isEqualByComparingTo("8.34");
        assertThat(new BigDecimal(statement.get("total").toString())).isEqualByComparingTo("1008.34");
        assertThat(statement.get("explanation").toString())
                .contains("no interest claimed from 2026-07-01 to 2026-12-04", "no published COMMERCIAL rate");
        assertThat(letterText(dossier, "REMINDER_1", due.plusDays(1))).contains("BIZ-1", "1.000,00")
                .doesNotContain("boek XIX");
    }

    private void runTwiceOnTwoThreads(LocalDate day) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<?> first = CompletableFuture.runAsync(() -> awaitThenRun(start, day));
        CompletableFuture<?> second = CompletableFuture.runAsync(() -> awaitThenRun(start, day));
        start.countDown();
        CompletableFuture.allOf(first, second).get();
        run.run(day);
        awaitNoPendingAction();
    }

    private void awaitThenRun(CountDownLatch start, LocalDate day) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run.run(day);
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
        lastRun = day;
    }

    private void awaitNoPendingAction() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql(
                "SELECT count(*) FROM dunning_actions WHERE status = 'PENDING'").query(Long.class).single() == 0);
    }

    private long register(String number, String amount, LocalDate issued, LocalDate due) {
        return register(number, amount, issued, due, "Jan Peeters");
    }

    private long register(String number, String amount, LocalDate issued, LocalDate due, String debtor) {
        return register(number, amount, issued, due, debtor, "CONSUMER");
    }

    private long register(String number, String amount, LocalDate issued, LocalDate due, String debtor,
            String type) {
        var newDebtor = new NewClaim.NewDebtor(debtor, "Kerkstraat 1", null, "9000", "Gent", "BE", null, null, null,
                null, null, type, "nl");
        var claim = new NewClaim("demo", "BE0765432146", DocumentType.INVOICE, number, issued, due, "stated", "EUR",
                new BigDecimal(amount), newDebtor, null, "test", false, List.of(), null);
        return claims.register(claim, due).claimId();
    }

    /** What the payments side does when a payment lands: stores it and lowers the open amount. */
    private void pay(long claimId, String amount) {
        long paymentId = jdbc.sql("""
                INSERT INTO payments (movement_key, claim_id, amount, currency, booked_on, status, rule,
                                      unallocated_amount)
                VALUES ('test-' || nextval('structured_communication_base'), ?, ?, 'EUR', ?, 'MATCHED', 'MANUAL', 0)
                RETURNING id""")
                .params(claimId, new BigDecimal(amount), clock.today()).query(Long.class).single();
        jdbc.sql("INSERT INTO allocations (payment_id, claim_id, amount, rule) VALUES (?, ?, ?, 'MANUAL')")
                .params(paymentId, claimId, new BigDecimal(amount)).update();
        lower(claimId, amount);
    }

    /** What a credit note does to the invoice it credits. */
    private void credit(long claimId, String amount) {
        lower(claimId, amount);
    }

    private void lower(long claimId, String amount) {
        jdbc.sql("""
                UPDATE claims SET open_amount = open_amount - ?,
                       status = CASE WHEN open_amount - ? <= 0 THEN 'PAID' ELSE status END WHERE id = ?""")
                .params(new BigDecimal(amount), new BigDecimal(amount), claimId).update();
    }

    private long hold(long claimId, String kind, String reason, LocalDate until) {
        ResponseEntity<Map> response = admin().postForEntity("/api/v1/claims/" + claimId + "/holds",
                Map.of("kind", kind, "reason", reason, "until", until == null ? "" : until.toString()), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) response.getBody().get("hold")).longValue();
    }

    private void release(long claimId, long holdId) {
        admin().delete("/api/v1/claims/" + claimId + "/holds/" + holdId);
        assertThat(jdbc.sql("SELECT released_on FROM claim_holds WHERE id = ?").param(holdId).query(LocalDate.class)
                .single()).isEqualTo(clock.today());
    }

    private void agreePlan(long dossier, Object... dueAndAmount) {
        List<Map<String, String>> instalments = new java.util.ArrayList<>();
        for (int i = 0; i < dueAndAmount.length; i += 2) {
            instalments.add(Map.of("dueOn", dueAndAmount[i].toString(), "amount", dueAndAmount[i + 1].toString()));
        }
        ResponseEntity<Map> response = admin().postForEntity("/api/v1/dossiers/" + dossier + "/payment-plans",
                Map.of("instalments", instalments), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private void approve(long dossier) {
        ResponseEntity<Map> response = admin().postForEntity("/api/v1/dossiers/" + dossier + "/approval",
                Map.of("decision", "approve"), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private long sentByHand(long dossier, String step) {
        ResponseEntity<Map> response = admin().postForEntity("/api/v1/dossiers/" + dossier + "/steps/" + step
                + "/sent-by-hand", null, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) response.getBody().get("action")).longValue();
    }

    private Map<String, Object> dossierJson(long dossier) {
        Map<?, ?> body = admin().getForObject("/api/v1/dossiers/" + dossier, Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) body.get("dossier");
        return summary;
    }

    private List<String> eventKinds(long dossier) {
        List<?> events = admin().getForObject("/api/v1/dossiers/" + dossier + "/events", List.class);
        return events.stream().map(e -> ((Map<?, ?>) e).get("kind").toString()).toList();
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth("admin", HubApi.ADMIN_PASSWORD);
    }

    private long dossierOf(long claimId) {
        List<?> listed = admin().getForObject("/api/v1/claims?limit=5000", List.class);
        return listed.stream().map(c -> (Map<?, ?>) c).filter(c -> ((Number) c.get("id")).longValue() == claimId)
                .map(c -> ((Number) c.get("dossierId")).longValue()).findFirst().orElseThrow();
    }

    private String claimStatus(long claimId) {
        return jdbc.sql("SELECT status FROM claims WHERE id = ?").param(claimId).query(String.class).single();
    }

    private List<String> actions(long dossier) {
        return jdbc.sql("SELECT step || ' ' || due_on || ' ' || status FROM dunning_actions WHERE dossier_id = ? "
                + "ORDER BY due_on, id").param(dossier).query(String.class).list();
    }

    private List<Long> claimsOnAction(long dossier, String step) {
        return jdbc.sql("""
                SELECT ac.claim_id FROM action_claims ac JOIN dunning_actions a ON a.id = ac.action_id
                 WHERE a.dossier_id = ? AND a.step = ? AND a.round = 0 ORDER BY ac.claim_id""")
                .params(dossier, step).query(Long.class).list();
    }

    private long openTasks(long dossier) {
        return jdbc.sql("SELECT count(*) FROM tasks WHERE dossier_id = ? AND status = 'OPEN'").param(dossier)
                .query(Long.class).single();
    }

    private void assertLetter(long dossier, String step, LocalDate on, Map<String, String> amounts, String absent) {
        String text = letterText(dossier, step, on);
        amounts.forEach((number, open) -> assertThat(text).as("%s on %s", number, step).contains(number, open));
        assertThat(text).as("%s on %s", absent, step).doesNotContain(absent);
    }

    private String letterText(long dossier, String step, LocalDate on) {
        String path = jdbc.sql("""
                SELECT document_path FROM dunning_actions WHERE dossier_id = ? AND step = ? AND due_on = ?""")
                .params(dossier, step, on).query(String.class).single();
        return Pdfs.text(Path.of(path)).replaceAll("\\s+", " ");
    }

    private LocalDate termOf(long dossier, String step, LocalDate on) {
        return jdbc.sql("SELECT term_ends_on FROM dunning_actions WHERE dossier_id = ? AND step = ? AND due_on = ?")
                .params(dossier, step, on).query(LocalDate.class).single();
    }

    private BigDecimal statementTotal(long dossier, LocalDate on) {
        Map<?, ?> statement = admin().getForObject("/api/v1/dossiers/" + dossier + "/statement?date=" + on,
                Map.class);
        return new BigDecimal(statement.get("total").toString());
    }

    private void assertReceivedOnLawyerLetter(long dossier, long claimA) {
        long action = jdbc.sql("SELECT id FROM dunning_actions WHERE dossier_id = ? AND step = 'LAWYER_LETTER'")
                .param(dossier).query(Long.class).single();
        ActionContents.Line lineA = contents.of(action, clock.today()).orElseThrow().claims().stream()
                .filter(l -> l.claimId() == claimA).findFirst().orElseThrow();
        assertThat(lineA.received()).isEqualByComparingTo("450.00");
        assertThat(lineA.open()).isEqualByComparingTo("550.00");
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }
}
