package be.smartcredit.hub.portal;

import be.smartcredit.hub.document.PayLinks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.casework.Calls;
import be.smartcredit.hub.casework.Visits;
import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.document.LanguageFormats;
import be.smartcredit.hub.dunning.DossierStatements;
import be.smartcredit.hub.dunning.DunningRun;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.support.HubApi;
import be.smartcredit.hub.support.Pdfs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The portal in a real browser (headless Chromium) against the whole hub, and every portal page and action tried
 * with another client's ids. Two clients, {@code demo} and {@code other}, each with a portal user and a dossier.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PortalAcceptanceTest {

    private static final Path DATA = TestData.newDirectory("portal");
    private static final LocalDate TODAY = LocalDate.of(2018, 6, 1);
    private static final String PERIOD = "?from=2018-01-01&to=2018-06-01&lang=en";
    private static Seeded seeded;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("smartcredit.data-dir", DATA::toString);
        registry.add("smartcredit.connectors-dir", () -> PortalFixtures.connectors(DATA.resolve("connectors")));
        registry.add("smartcredit.security.admin-password", () -> HubApi.ADMIN_PASSWORD);
        registry.add("smartcredit.portal.admin-password", () -> "portal-admin-password");
        registry.add("smartcredit.clock.today", TODAY::toString);
        registry.add("smartcredit.clock.time", () -> "10:00");
        registry.add("smartcredit.dunning.cron", () -> "0 0 6 1 1 ? 2099");
        registry.add("smartcredit.payments.webhook-secret", () -> PaymentProvider.SECRET);
        registry.add("smartcredit.portal.pay-provider-url", PROVIDER::checkoutUrl);
        registry.add("smartcredit.casework.mediators[0].id", () -> "east");
        registry.add("smartcredit.casework.mediators[0].name", () -> "Els Mertens");
        registry.add("smartcredit.casework.mediators[0].postcodes[0]", () -> "9000-9999");
    }

    private static final PaymentProvider PROVIDER = PaymentProvider.start();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    PortalAccounts accounts;

    @Autowired
    Claims claims;

    @Autowired
    DunningRun run;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HubClock clock;

    @Autowired
    PayLinks payLinks;

    @Autowired
    DossierStatements statements;

    @Autowired
    Calls calls;

    @Autowired
    Visits visits;

    /** Ids of what was seeded once for all tests. */
    record Seeded(long demoDossier, long demoClaim, long demoLetter, long otherDossier, long otherClaim,
            long otherAction, long lateClaim, Casework casework) {
    }

    /** Dossiers of the {@code other} client in casework: two phone campaigns and a mediator visit. */
    record Casework(long largeCall, long smallCall, long visit) {
    }

    @BeforeEach
    void seedOnce() {
        if (seeded != null) {
            return;
        }
        PortalFixtures.users(accounts);
        clock.fix(TODAY);
        long d1 = PortalFixtures.register(claims, "demo", "D-1", "1000.00", LocalDate.of(2018, 3, 1),
                LocalDate.of(2018, 4, 1), "Jan Peeters");
        PortalFixtures.register(claims, "demo", "D-2", "500.00", LocalDate.of(2018, 5, 1), LocalDate.of(2018, 5, 31),
                "Jan Peeters");
        long o1 = PortalFixtures.register(claims, "other", "O-1", "700.00", LocalDate.of(2018, 2, 1),
                LocalDate.of(2018, 3, 1), "Piet Anders");
        runUntilLettersAreSent();
        PortalFixtures.pay(jdbc, d1, "200.00", TODAY);
        long late = PortalFixtures.register(claims, "other", "O-9", "300.00", LocalDate.of(2018, 5, 2),
                LocalDate.of(2018, 6, 1), "Piet Anders");
        seeded = new Seeded(dossierOf(d1), d1, letterOf(dossierOf(d1)), dossierOf(o1), o1,
                letterOf(dossierOf(o1)), late, seedCasework());
    }

    @Test
    void showsTheDashboardOpensADossierDownloadsALetterTakesACsvAndShowsThePayPage() throws Exception {
        try (Browser browser = new Browser(port)) {
            logIn(browser);

            browser.open("/portal/dashboard" + PERIOD);
            browser.await("#chart-ageing");
            assertThat(browser.text("#ageing-61-90")).isEqualTo("800.00");
            assertThat(browser.text("#ageing-1-30")).isEqualTo("500.00");
            assertThat(browser.text("#recovered-month")).isEqualTo("200.00");
            assertThat(browser.text("#collection-rate")).isEqualTo("13.3");
            assertThat(browser.text("#dso")).isEqualTo("86.8");
            assertThat(browser.script("return Chart.getChart('chart-ageing').data.datasets[0].data"))
                    .isEqualTo(List.of(0L, 500L, 0L, 800L, 0L));
            assertThat(browser.script("return ['chart-stage','chart-recovered','chart-rates','chart-steps']"
                    + ".every(id => Chart.getChart(id) !== undefined)")).isEqualTo(true);
            browser.screenshot("dashboard");

            browser.open("/portal/dossiers?lang=en");
            assertThat(browser.await("#dossiers").getText()).as(browser.driver.getPageSource()).contains("Jan Peeters");
            browser.driver.findElement(By.linkText(String.valueOf(seeded.demoDossier()))).click();
            browser.await("#timeline");
            assertThat(browser.text("#claims")).contains("D-1", "800.00", "D-2");
            assertThat(browser.text("#payments")).contains("200.00 EUR");
            browser.screenshot("dossier");
            String download = browser.driver.findElement(By.cssSelector("#actions a.download")).getAttribute("href");
            byte[] letter = fetch(download, browser.sessionCookie());
            assertThat(Pdfs.text(letter)).contains("D-1", "Jan Peeters");

            String upload = PortalFixtures.csvUpload(DATA).toAbsolutePath().toString();
            browser.open("/portal/upload?lang=en");
            browser.await("#file").sendKeys(upload);
            browser.driver.findElement(By.id("upload")).click();
            browser.await("#rows");
            assertThat(browser.text("#summary")).contains("1 claim(s), 1 row(s) refused");
            assertThat(browser.text("#rows tr.accepted")).contains("UP-1");
            assertThat(browser.text("#rows tr.rejected")).contains("UP-2");
            browser.screenshot("upload");

            browser.open("/portal/upload?lang=en");
            browser.await("#file").sendKeys(upload);
            browser.driver.findElement(By.id("upload")).click();
            assertThat(browser.await("#summary").getText()).contains("already received");

            String payLink = payLinkOf(browser, seeded.demoDossier());
            browser.driver.manage().deleteAllCookies();
            browser.driver.get(payLink);
            browser.await("#qr svg");
            assertThat(browser.text("#communication")).isEqualTo(communicationOf(seeded.demoClaim()));
            assertThat(browser.text("h1")).isEqualTo("Uw betaling");
            browser.screenshot("pay-page");
        }
        assertThat(dossierEventKinds(seeded.demoDossier())).contains("PORTAL_LETTER_READ");
        assertThat(jdbc.sql("SELECT kind FROM portal_events WHERE username = ?").param(PortalFixtures.DEMO_USER)
                .query(String.class).list()).contains("LOGIN", "PORTAL_UPLOAD");
    }

    @Test
    void answersNotFoundOrForbiddenForEveryPageAndActionOnAnotherClientsIds() throws Exception {
        PortalUser demo = accounts.load(PortalFixtures.DEMO_USER);
        long other = seeded.otherDossier();
        String own = "/portal/dossiers/" + seeded.demoDossier();

        List<RequestBuilder> foreign = List.of(
                get("/portal/dossiers/" + other),
                get("/portal/dossiers/" + other + "/letters/" + seeded.otherAction()),
                get("/portal/dossiers/" + other + "/letters/" + seeded.otherAction()).param("download", "true"),
                get(own + "/letters/" + seeded.otherAction()),
                post("/portal/dossiers/" + other + "/holds").param("claimId", "" + seeded.otherClaim())
                        .param("kind", "DISPUTE").param("reason", "x").with(csrf()),
                post(own + "/holds").param("claimId", "" + seeded.otherClaim()).param("kind", "WITHDRAWAL")
                        .param("reason", "x").with(csrf()),
                post("/portal/dossiers/" + other + "/approval").param("approve", "true").with(csrf()),
                post("/portal/dossiers/" + other + "/notes").param("text", "x").with(csrf()),
                multipart("/portal/upload").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[] {1}))
                        .param("connector", "other").with(csrf()),
                get("/portal/admin/users"),
                post("/portal/admin/users").param("username", "mallory").param("password", "long-enough-password")
                        .param("role", "ADMIN").with(csrf()),
                post("/portal/admin/users/" + PortalFixtures.OTHER_USER + "/enabled").param("enabled", "false")
                        .with(csrf()),
                post("/portal/admin/users/" + PortalFixtures.OTHER_USER + "/password")
                        .param("password", "long-enough-password").with(csrf()),
                get("/portal/connectors/other"),
                get("/portal/agent/payments"),
                post("/portal/agent/payments/1/allocations").param("claimId", "" + seeded.otherClaim())
                        .param("amount", "1.00").with(csrf()),
                get("/portal/agent/dead-letters"),
                post("/portal/agent/dead-letters/x-1/replay").with(csrf()),
                get("/portal/agent/tasks"),
                post("/portal/agent/tasks/1/done").with(csrf()),
                get("/portal/agent/calls"),
                post("/portal/agent/calls/" + campaignOf(seeded.casework().smallCall()) + "/attempts")
                        .param("outcome", "REFUSES").with(csrf()),
                get("/portal/agent/visits").param("mediator", "east"),
                get("/portal/agent/visits/" + visitOf(seeded.casework().visit())),
                post("/portal/agent/visits/" + visitOf(seeded.casework().visit()) + "/report")
                        .param("outcome", "REFUSED").with(csrf()),
                get("/portal/agent/visits/" + visitOf(seeded.casework().visit()) + "/report.pdf"));

        for (RequestBuilder request : foreign) {
            int status = mvc.perform(withUser(request, demo)).andReturn().getResponse().getStatus();
            assertThat(status).as(describe(request)).isIn(403, 404);
        }
        assertThat(accounts.find("mallory")).isEmpty();
        assertThat(accounts.find(PortalFixtures.OTHER_USER)).isPresent();
        assertThat(body(get("/portal/connectors"), demo)).contains("/portal/connectors/demo")
                .doesNotContain("/portal/connectors/other");
        assertThat(dossierEventKinds(other)).noneMatch(kind -> kind.startsWith("PORTAL_"));
    }

    @Test
    void answersALoggedInUsersRefusedRequestWithForbiddenAndThePortalsErrorPage() throws Exception {
        HttpResponse<String> agentPage;
        HttpResponse<String> adminPage;
        HttpResponse<String> noToken;
        try (Browser browser = new Browser(port)) {
            logIn(browser);
            String session = browser.sessionCookie();

            agentPage = send(HttpRequest.newBuilder(local("/portal/agent/tasks?lang=en")), session);
            adminPage = send(HttpRequest.newBuilder(local("/portal/admin/users?lang=en")), session);
            noToken = send(HttpRequest.newBuilder(local("/portal/dossiers/" + seeded.demoDossier() + "/notes?lang=en"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("text=hello")), session);
        }

        for (HttpResponse<String> response : List.of(agentPage, adminPage, noToken)) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(403);
            assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
            assertThat(response.body()).contains("You may not open this page");
        }
    }

    @Test
    void listsExportsAndCountsOnlyTheUsersOwnClient() throws Exception {
        PortalUser demo = accounts.load(PortalFixtures.DEMO_USER);

        String list = body(get("/portal/dossiers").param("q", "O-1"), demo);
        String dossiers = body(get("/portal/export/dossiers.csv"), demo);
        String payments = body(get("/portal/export/payments.csv"), demo);
        String otherDossiers = body(get("/portal/export/dossiers.csv"), accounts.load(PortalFixtures.OTHER_USER));

        assertThat(list).doesNotContain("Piet Anders");
        assertThat(dossiers).contains("Jan Peeters").doesNotContain("Piet Anders");
        assertThat(otherDossiers).contains("Piet Anders").doesNotContain("Jan Peeters");
        assertThat(payments).contains("D-1;2018-06-01;200.00").contains("'=HYPERLINK").doesNotContain("O-1");
    }

    @Test
    void refusesAPromiseDatedInThePastOrBeyondTheLimitInTheDebtorsLanguage() throws Exception {
        String token = payLinks.issue(seeded.otherDossier(), TODAY);
        jakarta.servlet.http.Cookie language = mvc.perform(get("/pay/" + token)).andReturn().getResponse()
                .getCookie("portal-language");

        List<Object> refusals = new java.util.ArrayList<>();
        for (String payBy : List.of("2030-01-01", "2018-07-02", "2018-05-31")) {
            refusals.add(mvc.perform(post("/pay/" + token + "/promise").param("payBy", payBy).cookie(language)
                    .with(csrf())).andReturn().getFlashMap().get("refused"));
        }

        assertThat(language.getValue()).isEqualTo("nl");
        assertThat(refusals).hasSize(3).allSatisfy(refused -> assertThat(String.valueOf(refused))
                .contains("Kies een datum", "30 dagen"));
        assertThat(jdbc.sql("SELECT count(*) FROM claim_holds h JOIN claims c ON c.id = h.claim_id"
                + " WHERE c.dossier_id = ? AND h.kind = 'PROMISE'").param(seeded.otherDossier()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void refusesTamperedAndExpiredPayLinksAndTheNeedForALogin() throws Exception {
        String token = payLinks.issue(seeded.demoDossier(), TODAY);
        String otherSignature = payLinks.issue(seeded.otherDossier(), TODAY);
        String tampered = token.substring(0, token.indexOf('.'))
                + otherSignature.substring(otherSignature.indexOf('.'));
        String expired = payLinks.issue(seeded.demoDossier(), TODAY.minusDays(61));

        assertThat(status(get("/pay/" + token))).isEqualTo(200);
        assertThat(status(get("/pay/" + tampered))).isEqualTo(404);
        assertThat(status(get("/pay/" + expired))).isEqualTo(404);
        assertThat(status(post("/pay/" + tampered + "/promise").param("payBy", "2018-06-20").with(csrf())))
                .isEqualTo(404);
        assertThat(status(post("/pay/" + token + "/promise").param("payBy", "2018-06-20"))).isEqualTo(403);
        for (String action : List.of("/plan", "/online", "/chat")) {
            assertThat(status(post("/pay/" + tampered + action).param("question", "hoeveel?")
                    .param("instalments", "3").param("firstOn", "2018-06-10").with(csrf()))).as(action)
                    .isEqualTo(404);
            assertThat(status(post("/pay/" + expired + action).param("question", "hoeveel?")
                    .param("instalments", "3").param("firstOn", "2018-06-10").with(csrf()))).as(action)
                    .isEqualTo(404);
        }
        assertThat(status(get("/portal/dashboard"))).isEqualTo(302);
        assertThat(status(get("/api/v1/claims"))).isEqualTo(401);
    }

    @Test
    void takesTheClientsAndTheDebtorsActionsIntoTheDossierAndItsAuditTrail() throws Exception {
        PortalUser demo = accounts.load(PortalFixtures.DEMO_USER);
        String own = "/portal/dossiers/" + seeded.demoDossier();
        String token = payLinks.issue(seeded.demoDossier(), TODAY);

        mvc.perform(withUser(post(own + "/notes").param("text", "Called the debtor.").with(csrf()), demo));
        mvc.perform(withUser(post(own + "/holds").param("claimId", "" + seeded.demoClaim()).param("kind", "BLOCK")
                .param("reason", "talks with the debtor").param("until", "2018-06-10").with(csrf()), demo));
        String refused = mvc.perform(withUser(post(own + "/approval").param("approve", "true").with(csrf()), demo))
                .andReturn().getFlashMap().get("refused").toString();
        mvc.perform(post("/pay/" + token + "/promise").param("payBy", "2018-06-20").with(csrf()));

        assertThat(jdbc.sql("SELECT text FROM dossier_notes WHERE dossier_id = ?").param(seeded.demoDossier())
                .query(String.class).list()).containsExactly("Called the debtor.");
        assertThat(jdbc.sql("SELECT kind || ' ' || until FROM claim_holds WHERE claim_id = ? ORDER BY id")
                .param(seeded.demoClaim()).query(String.class).list())
                .containsExactly("BLOCK 2018-06-10", "PROMISE 2018-06-20");
        assertThat(refused).contains("not waiting for approval");
        assertThat(dossierEventKinds(seeded.demoDossier())).contains("PORTAL_NOTE", "PORTAL_HOLD", "HOLD_ADDED",
                "PAY_PAGE_PROMISE");
    }

    @Test
    void letsAnAgentMatchAnUnmatchedPaymentFromTheSuggestionsAndSeeTheQueues() throws Exception {
        PortalUser agent = accounts.load(PortalFixtures.AGENT_USER);
        long payment = PortalFixtures.unmatched(jdbc, "120.00", "invoice O-9", TODAY);

        String queue = body(get("/portal/agent/payments"), agent);
        mvc.perform(withUser(post("/portal/agent/payments/" + payment + "/allocations")
                .param("claimId", "" + seeded.lateClaim()).param("amount", "120.00").with(csrf()), agent));
        String deadLetters = body(get("/portal/agent/dead-letters"), agent);
        String connector = body(get("/portal/connectors/other"), agent);

        assertThat(queue).contains("id=\"payment-" + payment + "\"", "O-9", "120.00");
        assertThat(jdbc.sql("SELECT status FROM payments WHERE id = ?").param(payment).query(String.class).single())
                .isEqualTo("MATCHED");
        assertThat(jdbc.sql("SELECT open_amount FROM claims WHERE id = ?").param(seeded.lateClaim())
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("180.00");
        assertThat(deadLetters).contains("id=\"dead-letters\"");
        assertThat(connector).contains("SILENT", "default", "REMINDER_1", "EMAIL, POST");
        assertThat(jdbc.sql("SELECT kind FROM portal_events WHERE username = ?").param(PortalFixtures.AGENT_USER)
                .query(String.class).list()).contains("PORTAL_PAYMENT_MATCHED");
    }

    @Test
    void sendsTheDebtorToTheProviderWhoseSignedWebhookRecordsThePayment() throws Exception {
        String token = payLinks.issue(seeded.otherDossier(), TODAY);
        PROVIDER.hub("http://localhost:" + port);
        var total = statements.of(seeded.otherDossier(), TODAY).total();

        String redirect = mvc.perform(post("/pay/" + token + "/online").with(csrf())).andReturn().getResponse()
                .getRedirectedUrl();
        HttpResponse<String> checkout = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(redirect))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(redirect).startsWith(PROVIDER.checkoutUrl()).contains("amount=" + total.toPlainString(),
                "currency=EUR", "reference=" + communicationOf(seeded.otherClaim()).replaceAll("\\D", ""));
        assertThat(checkout.body()).contains("APPLIED");
        assertThat(jdbc.sql("SELECT status FROM claims WHERE id = ?").param(seeded.otherClaim()).query(String.class)
                .single()).isEqualTo("PAID");
        assertThat(dossierEventKinds(seeded.otherDossier())).contains("PAY_PAGE_ONLINE");
    }

    @Test
    void turnsAPaymentPlanRequestIntoATaskForAnAgent() throws Exception {
        String token = payLinks.issue(seeded.demoDossier(), TODAY);

        mvc.perform(post("/pay/" + token + "/plan").param("instalments", "4").param("firstOn", "2018-06-15")
                .param("note", "Loon komt op de 10de.").with(csrf()));
        String refused = mvc.perform(post("/pay/" + token + "/plan").param("instalments", "99")
                .param("firstOn", "2018-06-15").with(csrf())).andReturn().getFlashMap().get("refused").toString();
        String tasks = body(get("/portal/agent/tasks"), accounts.load(PortalFixtures.AGENT_USER));

        assertThat(tasks).contains("4 monthly instalments, the first on 2018-06-15", "Loon komt op de 10de.");
        assertThat(refused).contains("24");
        assertThat(dossierEventKinds(seeded.demoDossier())).contains("PAY_PAGE_PLAN_REQUEST");
    }

    @Test
    void answersTheDebtorsQuestionInTheChatAndHandsOverWhatItCannotAnswer() throws Exception {
        String token = payLinks.issue(seeded.demoDossier(), TODAY);
        String total = LanguageFormats.of("nl").money(statements.of(seeded.demoDossier(), TODAY).total(), "EUR");

        try (Browser browser = new Browser(port)) {
            browser.open("/pay/" + token);
            browser.await("#question").sendKeys("Hoeveel moet ik nog betalen?");
            browser.driver.findElement(By.id("ask")).click();
            String answer = browser.await("#chat-log p[data-intent=OWED]").getText();
            assertThat(answer).contains(total);
            assertThat(browser.text("#total")).isEqualTo(total);
            assertThat(browser.text("#why")).contains("Factuur D-1", "boek XIX");
            browser.screenshot("pay-chat");
        }
        mvc.perform(post("/pay/" + token + "/chat").param("question", "Mijn hond heet Max").with(csrf()));

        assertThat(jdbc.sql("SELECT detail FROM portal_tasks WHERE dossier_id = ? AND kind = 'CHAT_HANDOVER'")
                .param(seeded.demoDossier()).query(String.class).list()).anyMatch(detail -> detail.contains(
                        "DEBTOR: Mijn hond heet Max"));
        assertThat(dossierEventKinds(seeded.demoDossier())).contains("PAY_PAGE_CHAT_HANDOVER");
    }

    @Test
    void answersInTheLanguageThePayPageWasSwitchedTo() throws Exception {
        String token = payLinks.issue(seeded.demoDossier(), TODAY);
        jakarta.servlet.http.Cookie language = mvc.perform(get("/pay/" + token).param("lang", "fr")).andReturn()
                .getResponse().getCookie(PortalSecurity.LANGUAGE_COOKIE);

        String answer = mvc.perform(post("/pay/" + token + "/chat").param("question", "Combien dois-je payer ?")
                .cookie(language).with(csrf())).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        String total = LanguageFormats.of("fr").money(statements.of(seeded.demoDossier(), TODAY).total(), "EUR");
        assertThat(answer).contains("Vous devez", total).doesNotContain("U bent");
    }

    @Test
    void locksAUserOutAfterRepeatedFailedLogInsAndLetsAnAdminDisableOrResetOne() throws Exception {
        accounts.add("locked-lena", PortalFixtures.PASSWORD, PortalUser.Role.AGENT, "nl", List.of());
        PortalUser admin = accounts.load("admin");

        for (int i = 0; i < PortalAccounts.MAX_FAILED_LOGINS; i++) {
            logInWith("locked-lena", "wrong-password-" + i);
        }
        String whileLocked = logInWith("locked-lena", PortalFixtures.PASSWORD);
        mvc.perform(withUser(post("/portal/admin/users/locked-lena/password").param("password", "a-brand-new-secret")
                .with(csrf()), admin));
        String afterReset = logInWith("locked-lena", "a-brand-new-secret");
        mvc.perform(withUser(post("/portal/admin/users/locked-lena/enabled").param("enabled", "false").with(csrf()),
                admin));
        String whenDisabled = logInWith("locked-lena", "a-brand-new-secret");

        assertThat(whileLocked).endsWith("/portal/login?locked");
        assertThat(afterReset).endsWith("/portal/dashboard");
        assertThat(whenDisabled).endsWith("/portal/login?error");
        assertThat(jdbc.sql("SELECT kind FROM portal_events WHERE username IN ('locked-lena', 'admin')")
                .query(String.class).list()).contains("LOGIN_FAILED", "LOGIN_LOCKED", "PORTAL_PASSWORD_SET",
                        "PORTAL_USER_DISABLED");
    }

    @Test
    void showsAnAgentTheDaysCallsInOrderAndRecordsAPromiseFromTheOutcomeForm() throws Exception {
        long large = campaignOf(seeded.casework().largeCall());
        long small = campaignOf(seeded.casework().smallCall());
        LocalDate day = callDay(large);

        try (Browser browser = new Browser(port)) {
            logInAs(browser, PortalFixtures.AGENT_USER);
            browser.open("/portal/agent/calls?lang=en&date=" + day);
            browser.await("#calls");
            List<String> order = browser.driver.findElements(By.cssSelector("#calls tr[id^=call-]")).stream()
                    .map(row -> row.getAttribute("id")).toList();
            assertThat(order).containsSubsequence("call-" + large, "call-" + small);
            assertThat(browser.text("#call-" + large + " .open")).isEqualTo("900.00");
            assertThat(browser.text("#call-" + large + " .age")).isEqualTo(String.valueOf(
                    java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2018, 5, 1), day)));
            browser.screenshot("call-list");

            String form = "#call-" + large + " form.outcome";
            browser.driver.findElement(By.cssSelector("#call-" + large + " summary")).click();
            fill(browser, form, "outcome", "PROMISE_TO_PAY");
            fill(browser, form, "amount", "300.00");
            fill(browser, form, "promisedOn", "2018-06-20");
            browser.driver.findElement(By.cssSelector(form + " button")).click();
            assertThat(browser.await("#effect").getText()).isEqualTo("PROMISE_HOLD");
            assertThat(browser.driver.findElements(By.id("call-" + large))).isEmpty();
        }

        assertThat(jdbc.sql("""
                SELECT h.kind || ' ' || h.until FROM claim_holds h JOIN claims c ON c.id = h.claim_id
                 WHERE c.dossier_id = ?""").param(seeded.casework().largeCall()).query(String.class).list())
                .containsExactly("PROMISE 2018-06-20");
        assertThat(dossierEventKinds(seeded.casework().largeCall())).contains("CALL_ATTEMPT", "PORTAL_CALL_ATTEMPT");
    }

    @Test
    void printsTheDebtorsPayPageLinkOnTheLetterAndTheLinkOpensThePayPage() throws Exception {
        String path = jdbc.sql("SELECT document_path FROM dunning_actions WHERE id = ?").param(seeded.demoLetter())
                .query(String.class).single();
        String text = Pdfs.text(Files.readAllBytes(Path.of(path))).replaceAll("\\s+", " ");

        java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://localhost:8080(/pay/[A-Za-z0-9_.-]+)")
                .matcher(text);
        assertThat(link.find()).as(text).isTrue();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + link.group(1))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(text).contains("Of betaal online");
        assertThat(payLinks.verify(link.group(1).substring("/pay/".length()), TODAY)).contains(seeded.demoDossier());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(communicationOf(seeded.demoClaim()));
    }

    @Test
    void refusesACallOutcomeThatMissesItsDetailAndSaysWhichField() throws Exception {
        PortalUser agent = accounts.load(PortalFixtures.AGENT_USER);
        long small = campaignOf(seeded.casework().smallCall());

        var flash = mvc.perform(withUser(post("/portal/agent/calls/" + small + "/attempts")
                .param("outcome", "DISPUTE").with(csrf()), agent)).andReturn().getFlashMap();

        assertThat(flash.get("refused").toString()).contains("'reason'");
        assertThat(jdbc.sql("SELECT count(*) FROM call_attempts WHERE campaign_id = ? AND recorded_at IS NOT NULL")
                .param(small).query(Long.class).single()).isZero();
        assertThat(status(withUser(post("/portal/agent/calls/999999/attempts").param("outcome", "REFUSES")
                .with(csrf()), agent))).isEqualTo(404);
    }

    @Test
    void plansAMediatorsDayAndStoresTheVisitReportShowingItsPdf() throws Exception {
        long visit = visitOf(seeded.casework().visit());
        LocalDate day = visitDay(visit);

        try (Browser browser = new Browser(port)) {
            logInAs(browser, PortalFixtures.AGENT_USER);
            browser.open("/portal/agent/visits?lang=en&mediator=east&date=" + day);
            assertThat(browser.await("#visit-" + visit).getText()).contains("Vera Bezoekers", "9000", "650.00",
                    "PLANNED");
            browser.screenshot("visit-plan");
            browser.driver.findElement(By.linkText(String.valueOf(visit))).click();
            browser.await("#report");
            fill(browser, "#report", "outcome", "FOUND");
            fill(browser, "#report", "employment", "Warehouse worker");
            fill(browser, "#report", "assessment", "Can pay in small steps");
            fill(browser, "#report", "recommendation", "PLAN");
            browser.driver.findElement(By.id("send-report")).click();
            assertThat(browser.await("#status").getText()).isEqualTo("REPORTED");
            browser.screenshot("visit-report");
            byte[] pdf = fetch(browser.await("#report-pdf").getAttribute("href"), browser.sessionCookie());
            assertThat(Pdfs.text(pdf)).contains("Warehouse worker", "Can pay in small steps");
        }

        assertThat(dossierEventKinds(seeded.casework().visit())).contains("VISIT_REPORTED", "PORTAL_VISIT_REPORT",
                "PORTAL_VISIT_REPORT_READ");
    }

    private String logInWith(String username, String password) throws Exception {
        return mvc.perform(post("/portal/login").param("username", username).param("password", password)
                .with(csrf())).andReturn().getResponse().getRedirectedUrl();
    }

    private void logIn(Browser browser) {
        browser.open("/portal/login?lang=en");
        browser.await("#username").sendKeys(PortalFixtures.DEMO_USER);
        browser.driver.findElement(By.id("password")).sendKeys(PortalFixtures.PASSWORD);
        browser.driver.findElement(By.id("login")).click();
        browser.await("#chart-stage");
    }

    private Casework seedCasework() {
        long large = PortalFixtures.dossier(jdbc, PortalFixtures.register(claims, "other", "C-1", "900.00",
                LocalDate.of(2018, 4, 1), LocalDate.of(2018, 5, 1), "Karel Bellens"), "PHONE_CAMPAIGN", TODAY);
        long small = PortalFixtures.dossier(jdbc, PortalFixtures.register(claims, "other", "C-2", "400.00",
                LocalDate.of(2018, 4, 1), LocalDate.of(2018, 5, 1), "Greta Bellens"), "PHONE_CAMPAIGN", TODAY);
        long visited = PortalFixtures.dossier(jdbc, PortalFixtures.register(claims, "other", "V-1", "650.00",
                LocalDate.of(2018, 3, 1), LocalDate.of(2018, 4, 1), "Vera Bezoekers"), "MEDIATOR_VISIT", TODAY);
        PortalFixtures.task(jdbc, large, "PHONE_CAMPAIGN", TODAY);
        PortalFixtures.task(jdbc, small, "PHONE_CAMPAIGN", TODAY);
        PortalFixtures.task(jdbc, visited, "MEDIATOR_VISIT", TODAY);
        await().atMost(Duration.ofSeconds(30)).until(() -> calls.openCampaigns() >= 0 && visits.planVisits() >= 0
                && campaignOf(large) != null && campaignOf(small) != null && visitOf(visited) != null);
        return new Casework(large, small, visited);
    }

    private Long campaignOf(long dossier) {
        return jdbc.sql("SELECT id FROM call_campaigns WHERE dossier_id = ?").param(dossier).query(Long.class)
                .optional().orElse(null);
    }

    private Long visitOf(long dossier) {
        return jdbc.sql("SELECT id FROM visits WHERE dossier_id = ?").param(dossier).query(Long.class).optional()
                .orElse(null);
    }

    private LocalDate callDay(long campaign) {
        return jdbc.sql("""
                SELECT (planned_at AT TIME ZONE 'Europe/Brussels')::date FROM call_attempts
                 WHERE campaign_id = ? AND recorded_at IS NULL""").param(campaign).query(LocalDate.class).single();
    }

    private LocalDate visitDay(long visit) {
        return jdbc.sql("SELECT planned_on FROM visits WHERE id = ?").param(visit).query(LocalDate.class).single();
    }

    private void logInAs(Browser browser, String username) {
        browser.open("/portal/login?lang=en");
        browser.await("#username").sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(PortalFixtures.PASSWORD);
        browser.driver.findElement(By.id("login")).click();
        browser.await("#chart-stage");
    }

    private void fill(Browser browser, String form, String field, String value) {
        browser.driver.executeScript("document.querySelector(arguments[0]).elements[arguments[1]].value = "
                + "arguments[2];", form, field, value);
    }

    private String payLinkOf(Browser browser, long dossier) {
        browser.open("/portal/dossiers/" + dossier);
        return browser.await("#pay-link").getAttribute("href");
    }

    private URI local(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String session) throws Exception {
        return HttpClient.newHttpClient().send(request.header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] fetch(String url, String session) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        return response.body();
    }

    private void runUntilLettersAreSent() {
        for (LocalDate day = TODAY; letters() < 2 && day.isBefore(TODAY.plusDays(5)); day = day.plusDays(1)) {
            run.run(TODAY);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql(
                    "SELECT count(*) FROM dunning_actions WHERE status = 'PENDING'").query(Long.class).single() == 0);
        }
        assertThat(letters()).as("letters sent with a stored PDF").isEqualTo(2);
    }

    private long letters() {
        return jdbc.sql("SELECT count(*) FROM dunning_actions WHERE status = 'SENT' AND document_path IS NOT NULL")
                .query(Long.class).single();
    }

    private long letterOf(long dossier) {
        return jdbc.sql("SELECT id FROM dunning_actions WHERE dossier_id = ? AND status = 'SENT' ORDER BY id LIMIT 1")
                .param(dossier).query(Long.class).single();
    }

    private long dossierOf(long claim) {
        return jdbc.sql("SELECT dossier_id FROM claims WHERE id = ?").param(claim).query(Long.class).single();
    }

    private String communicationOf(long claim) {
        String digits = jdbc.sql("SELECT structured_communication FROM claims WHERE id = ?").param(claim)
                .query(String.class).single();
        return StructuredCommunication.parse(digits).orElseThrow().formatted();
    }

    private List<String> dossierEventKinds(long dossier) {
        return jdbc.sql("SELECT kind FROM dossier_events WHERE dossier_id = ?").param(dossier).query(String.class)
                .list();
    }

    private int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String body(RequestBuilder request, PortalUser as) throws Exception {
        var response = mvc.perform(withUser(request, as)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static RequestBuilder withUser(RequestBuilder request, PortalUser as) {
        return ((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request).with(user(as));
    }

    private static String describe(RequestBuilder request) {
        var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
        return built.getMethod() + " " + built.getRequestURI();
    }
}
