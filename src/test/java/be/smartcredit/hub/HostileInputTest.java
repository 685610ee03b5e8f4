package be.smartcredit.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.HostileFiles.Hostile;
import be.smartcredit.hub.HostileFiles.Way;
import be.smartcredit.hub.connector.SftpInbox;
import be.smartcredit.hub.privacy.DebtorRetention;
import be.smartcredit.hub.support.BaitServer;
import be.smartcredit.hub.support.HubApi;
import be.smartcredit.hub.support.TestConnectors;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running hub against the hostile corpus ({@link HostileFiles}) through its real channels: folders, its SFTP
 * inbox, HTTP and the bank folder. Every bad file is quarantined with a reason naming it, nothing is fetched from
 * the URLs the files point at, memory stays bounded while files far larger than the heap arrive, and the hub takes
 * good files afterwards. Also: what headers the broker lets through, and the metrics that count all this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@AutoConfigureObservability(tracing = false)
class HostileInputTest {

    private static final Path DATA = TestData.newDirectory("hostile-input");
    private static final Path CONNECTORS = DATA.resolve("connectors");
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final String NORTH_SFTP = "north-sftp-pw-9Hd";
    private static final String NORTH_TOKEN = "north-http-token-2Wm";
    private static final long HUGE = 3L * 1024 * 1024 * 1024;
    private static final long HEAP_BOUND = 1024L * 1024 * 1024;
    private static final BaitServer BAIT = bait();
    private static final String DEBTOR_NAME = "Zo\u00eb Verhaegen-Hostile";
    private static final String DEBTOR_CONTACT = "Jozefien Lambrechts-Hostile";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    SftpInbox sftpInbox;

    @Autowired
    CamelContext camel;

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DebtorRetention retention;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        TestConnectors.register(registry, DATA, CONNECTORS, NORTH_SFTP, NORTH_TOKEN);
    }

    @AfterAll
    static void stopTheBait() {
        BAIT.close();
    }

    @Test
    void quarantinesEveryHostileFileWithItsReasonAndKeepsTakingGoodFiles() throws Exception {
        List<Hostile> corpus = new HostileFiles(BAIT.url("evil.dtd")).all();
        HeapWatch heap = HeapWatch.start();

        List<Path> huge = List.of(sparse(inbox("north/peppol"), "f-huge.xml"), sparse(inbox("bank"), "huge.cod"));
        deliverOverSftp(corpus.stream().filter(h -> h.way() == Way.SFTP).toList());
        corpus.stream().filter(h -> h.way() == Way.FOLDER || h.way() == Way.BANK).forEach(HostileInputTest::drop);
        List<ResponseEntity<Map<String, Object>>> answers = corpus.stream().filter(h -> h.way() == Way.HTTP)
                .map(h -> post(h.name(), h.content())).toList();
        HttpStatus tooLarge = statusOrRefused(() -> post("h-too-large.xml", new byte[21 * 1024 * 1024]));
        List<String> escapes = uploadUnderTraversalNames();

        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).until(() -> corpus.stream()
                .allMatch(h -> report(h.folder(), h.name()).isPresent())
                && report("north/peppol", "f-huge.xml").isPresent() && report("bank", "huge.cod").isPresent());
        long peak = heap.stop();
        huge.forEach(HostileInputTest::deleteEverywhere);

        corpus.forEach(HostileInputTest::assertReportNamesTheFileAndTheReason);
        assertThat(answers).allMatch(answer -> answer.getStatusCode() == HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(tooLarge).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(report("north/peppol", "f-huge.xml").orElseThrow()).contains("it was not read");
        assertThat(report("bank", "huge.cod").orElseThrow()).contains("it was not read");
        assertThat(escapedFiles(escapes)).isEmpty();
        assertThat(quarantined("north/csv", "formula.csv.result.csv")).contains(";'=1+1;").contains(";'@SUM(1);");
        assertThat(BAIT.requests()).isZero();
        assertThat(peak).isLessThan(HEAP_BOUND);
        assertThat(claims()).noneMatch(c -> String.valueOf(c.get("number")).startsWith("HOSTILE"));

        takesGoodFilesOnEveryChannelAfterwards();
        printCounts(corpus, escapes.size(), peak);
    }

    private static void assertReportNamesTheFileAndTheReason(Hostile hostile) {
        String report = report(hostile.folder(), hostile.name()).orElseThrow();
        assertThat(report).as(hostile.name()).contains("file: " + hostile.name()).contains(hostile.reason())
                .containsPattern("reason: \\S");
    }

    private static void printCounts(List<Hostile> corpus, int escapes, long peak) {
        System.out.printf("Hostile corpus: %d files quarantined with their reason (%d folder, %d SFTP, %d HTTP, "
                + "%d bank), 2 files of %d bytes refused unread, 1 HTTP body refused as too large, %d traversal "
                + "names kept inside their folder, peak heap after GC %d MB, %d requests to the bait server.%n",
                corpus.size(), count(corpus, Way.FOLDER), count(corpus, Way.SFTP), count(corpus, Way.HTTP),
                count(corpus, Way.BANK), HUGE, escapes, peak / (1024 * 1024), BAIT.requests());
    }

    @Test
    void letsOnlyJmsStandardHeadersThroughFromTheBroker() throws Exception {
        List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jms:queue:smartcredit.test.headers").routeId("test.headers")
                        .process(exchange -> received.add(new java.util.HashMap<>(exchange.getMessage().getHeaders())));
            }
        });

        jms.convertAndSend("smartcredit.test.headers", "42", message -> {
            message.setStringProperty("CamelBeanMethodName", "postAfterBounce");
            message.setStringProperty("SmartCreditQuarantineDir", "/tmp");
            message.setStringProperty("CamelFileName", "../../etc/passwd");
            message.setStringProperty("foreign", "x");
            return message;
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
        assertThat(received.get(0).keySet()).filteredOn(name -> !"CamelMessageTimestamp".equals(name))
                .allMatch(name -> name.startsWith("JMS"))
                .contains("JMSMessageID", "JMSXDeliveryCount")
                .doesNotContain("CamelBeanMethodName", "SmartCreditQuarantineDir", "CamelFileName", "foreign");
    }

    @Test
    void countsFilesAndRoutesOnThePrometheusEndpoint() {
        drop(new Hostile(Way.FOLDER, "south/csv", "metrics-bad.csv", "x,y\n".getBytes(StandardCharsets.UTF_8), ""));
        post("metrics-good.xml", HostileFiles.invoice("METRICS-1").getBytes(StandardCharsets.UTF_8));
        await().atMost(PATIENCE).until(() -> report("south/csv", "metrics-bad.csv").isPresent());

        String scrape = rest.withBasicAuth("admin", HubApi.ADMIN_PASSWORD)
                .getForObject("/actuator/prometheus", String.class);

        assertThat(counter(scrape, "connector=\"south\"", "channel=\"folder\"", "outcome=\"rejected\""))
                .as(scrape.substring(0, Math.min(3000, scrape.length()))).isGreaterThanOrEqualTo(1.0);
        assertThat(counter(scrape, "connector=\"north\"", "channel=\"http\"", "outcome=\"received\""))
                .isGreaterThanOrEqualTo(1.0);
        assertThat(scrape).contains("smartcredit_flow_latency_seconds_count{").contains("flow=\"ingest\"")
                .containsPattern("camel_exchanges_total\\{[^}]*routeId=\"inbound.bank.statements\"");
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void isLiveAndReadyWithItsDatabaseAndBroker() {
        ResponseEntity<Map<String, Object>> readiness = rest.withBasicAuth("admin", HubApi.ADMIN_PASSWORD).exchange(
                "/actuator/health/readiness", HttpMethod.GET, null,
                new org.springframework.core.ParameterizedTypeReference<>() { });
        ResponseEntity<String> liveness = rest.getForEntity("/actuator/health/liveness", String.class);

        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody()).containsEntry("status", "UP");
        assertThat(((Map<?, ?>) readiness.getBody().get("components")).keySet().stream().map(String::valueOf))
                .contains("db", "jms", "readinessState");
        assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(liveness.getBody()).contains("UP");
    }

    @Test
    void carriesTheFilesCorrelationIdToItsLetterAndNeverLogsTheDebtorsName(CapturedOutput output) {
        String invoice = TestData.baseExampleForOwnBuyer("CORRELATED-1", 901)
                .replace("Buyer Official Name", DEBTOR_NAME).replace("BuyerTradingName AS", DEBTOR_NAME)
                .replace("Lisa Johnson", DEBTOR_CONTACT);
        assertThat(post("correlated.xml", invoice.getBytes(StandardCharsets.UTF_8)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        new HubApi(rest).runDunning();

        String claimCorrelation = jdbc.sql("SELECT correlation_id FROM claims WHERE number = 'CORRELATED-1'")
                .query(String.class).single();
        await().atMost(PATIENCE).until(() -> jdbc.sql("""
                SELECT count(*) FROM dunning_actions a JOIN action_claims ac ON ac.action_id = a.id
                  JOIN claims c ON c.id = ac.claim_id
                 WHERE c.number = 'CORRELATED-1' AND a.correlation_id IS NOT NULL""").query(Long.class).single() > 0);
        assertThat(claimCorrelation).matches("in-[0-9a-f]{16}");
        assertThat(jdbc.sql("""
                SELECT DISTINCT a.correlation_id FROM dunning_actions a JOIN action_claims ac ON ac.action_id = a.id
                  JOIN claims c ON c.id = ac.claim_id
                 WHERE c.number = 'CORRELATED-1' AND a.correlation_id IS NOT NULL""").query(String.class).list())
                .containsExactly(claimCorrelation);
        assertThat(output.getAll()).contains("[" + claimCorrelation + "]");
        String scrape = rest.withBasicAuth("admin", HubApi.ADMIN_PASSWORD)
                .getForObject("/actuator/prometheus", String.class);
        assertThat(metric(scrape, "smartcredit_outbound_letters_total{", "channel=\"email\"", "outcome=\"sent\""))
                .isGreaterThanOrEqualTo(1.0);
        assertThat(metric(scrape, "smartcredit_flow_latency_seconds_count{", "flow=\"dispatch\"",
                "outcome=\"handled\"")).isGreaterThanOrEqualTo(1.0);
        assertThat(output.getAll()).doesNotContain(DEBTOR_NAME).doesNotContain(DEBTOR_CONTACT)
                .doesNotContain("Verhaegen");
    }

    @Test
    void erasesContactDetailsAndLaterAnonymisesDebtorsWhoseDossiersClosed() {
        long longClosed = debtorWithDossier("retention-a", "CLOSED", "2016-01-10");
        long closedLastYear = debtorWithDossier("retention-b", "CLOSED", "2023-01-10");
        long closedRecently = debtorWithDossier("retention-c", "CLOSED", "2024-03-01");
        long stillActive = debtorWithDossier("retention-d", "CLOSED", "2010-01-10");
        jdbc.sql("INSERT INTO dossiers (connector_id, debtor_id, procedure_name, status) VALUES ('north', ?, "
                + "'default', 'ACTIVE')").param(stillActive).update();

        retention.applyToday();
        retention.applyToday();

        assertThat(debtorRow(longClosed)).containsEntry("personal_data", "ANONYMISED")
                .containsEntry("name", "anonymised debtor " + longClosed).containsEntry("email", null)
                .containsEntry("vat_id", null).containsEntry("street", null);
        assertThat(debtorRow(closedLastYear)).containsEntry("personal_data", "CONTACT_ERASED")
                .containsEntry("name", "Retention retention-b").containsEntry("email", null)
                .containsEntry("street", null).containsEntry("vat_id", "BEretention-b");
        assertThat(debtorRow(closedRecently)).containsEntry("personal_data", "KEPT")
                .containsEntry("email", "retention-c@debtor.example");
        assertThat(debtorRow(stillActive)).containsEntry("personal_data", "KEPT")
                .containsEntry("name", "Retention retention-d");
        assertThat(jdbc.sql("SELECT count(*) FROM debtor_accounts WHERE debtor_id IN (?, ?)")
                .params(longClosed, closedLastYear).query(Long.class).single()).isZero();
    }

    private long debtorWithDossier(String key, String status, String closedOn) {
        long debtor = jdbc.sql("""
                INSERT INTO debtors (connector_id, identity_key, name, street, postcode, city, country_code, email,
                                     vat_id, phone)
                VALUES ('north', ?, ?, 'Kerkstraat 1', '2000', 'Antwerpen', 'BE', ?, ?, '+32470000000')
                RETURNING id""").params(key, "Retention " + key, key + "@debtor.example", "BE" + key)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO debtor_accounts (debtor_id, iban) VALUES (?, 'BE68539007547034')").param(debtor).update();
        jdbc.sql("INSERT INTO dossiers (connector_id, debtor_id, procedure_name, status, closed_on) "
                + "VALUES ('north', ?, 'default', ?, ?)")
                .params(debtor, status, java.time.LocalDate.parse(closedOn)).update();
        return debtor;
    }

    private Map<String, Object> debtorRow(long id) {
        return jdbc.sql("SELECT name, email, street, vat_id, personal_data FROM debtors WHERE id = ?").param(id)
                .query().singleRow();
    }

    private void takesGoodFilesOnEveryChannelAfterwards() throws IOException {
        drop(new Hostile(Way.FOLDER, "north/peppol", "after-folder.xml",
                HostileFiles.invoice("AFTER-1").getBytes(StandardCharsets.UTF_8), ""));
        deliverOverSftp(List.of(new Hostile(Way.SFTP, "north/peppol", "after-sftp.xml",
                HostileFiles.invoice("AFTER-2").getBytes(StandardCharsets.UTF_8), "")));
        ResponseEntity<Map<String, Object>> http = post("after-http.xml",
                HostileFiles.invoice("AFTER-3").getBytes(StandardCharsets.UTF_8));
        drop(new Hostile(Way.BANK, "bank", "after.cod", Samples.bytes(
                "coda/acsone-pycoda_Coda_v2_3_single_statement.txt"), ""));

        assertThat(http.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(PATIENCE).until(() -> claims().stream().map(c -> c.get("number")).toList()
                .containsAll(List.of("AFTER-1", "AFTER-2", "AFTER-3")));
        await().atMost(PATIENCE).until(() -> !TestData.files(DATA.resolve("inbox/bank/.archive")
                .resolve(java.time.LocalDate.now().toString()), "after.cod").isEmpty());
    }

    private void deliverOverSftp(List<Hostile> files) throws IOException {
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession session = login(client); SftpClient sftp = SftpClientFactory.instance()
                    .createSftpClient(session)) {
                for (Hostile file : files) {
                    upload(sftp, file.folder().substring("north/".length()) + "/" + file.name(), file.content());
                }
            }
        }
    }

    /** Uploads under names that try to leave the account's folder; returns the names to look for outside. */
    private List<String> uploadUnderTraversalNames() throws IOException {
        List<String> paths = List.of("../../escape-1.xml", "peppol/../../../escape-2.xml", "/../../escape-3.xml",
                "csv/../../../../escape-4.csv", "peppol/./../../escape-5.xml");
        List<String> names = new ArrayList<>();
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession session = login(client); SftpClient sftp = SftpClientFactory.instance()
                    .createSftpClient(session)) {
                for (String path : paths) {
                    tryUpload(sftp, path);
                    names.add(Path.of(path).getFileName().toString());
                }
            }
        }
        return names;
    }

    private static void tryUpload(SftpClient sftp, String path) {
        try {
            upload(sftp, path, HostileFiles.invoice("HOSTILE-ESCAPE").getBytes(StandardCharsets.UTF_8));
        } catch (IOException refused) {
            // A refusal by the server is as good as keeping the file inside the folder.
        }
    }

    /** Files with these names in the data directory outside the connector's own folder, or beside it. */
    private static List<Path> escapedFiles(List<String> names) throws IOException {
        Path own = DATA.resolve("inbox/north");
        List<Path> escaped = new ArrayList<>();
        try (Stream<Path> all = Files.walk(DATA)) {
            all.filter(p -> names.contains(p.getFileName().toString())).filter(p -> !p.startsWith(own))
                    .forEach(escaped::add);
        }
        for (String name : names) {
            Stream.of(DATA.getParent(), DATA.getParent().getParent()).map(folder -> folder.resolve(name))
                    .filter(Files::exists).forEach(escaped::add);
        }
        return escaped;
    }

    private ClientSession login(SshClient client) throws IOException {
        ClientSession session = client.connect("north", "127.0.0.1", sftpInbox.port())
                .verify(Duration.ofSeconds(10)).getSession();
        session.addPasswordIdentity(NORTH_SFTP);
        session.auth().verify(Duration.ofSeconds(10));
        return session;
    }

    private static void upload(SftpClient sftp, String path, byte[] content) throws IOException {
        String partial = path + ".part";
        try (var out = sftp.write(partial)) {
            out.write(content);
        }
        sftp.rename(partial, path);
    }

    private ResponseEntity<Map<String, Object>> post(String name, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(name.endsWith(".csv") ? MediaType.parseMediaType("text/csv")
                : MediaType.APPLICATION_XML);
        headers.setBearerAuth(NORTH_TOKEN);
        return rest.exchange("/api/v1/connectors/north/documents?fileName=" + name, HttpMethod.POST,
                new HttpEntity<>(body, headers), new org.springframework.core.ParameterizedTypeReference<>() { });
    }

    /** The answer's status; a server that answers 413 and closes before reading the whole body counts as 413. */
    private static HttpStatus statusOrRefused(java.util.function.Supplier<ResponseEntity<?>> call) {
        try {
            return HttpStatus.valueOf(call.get().getStatusCode().value());
        } catch (org.springframework.web.client.ResourceAccessException closedEarly) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
    }

    private List<Map<String, Object>> claims() {
        return new HubApi(rest).claims();
    }

    private static void drop(Hostile file) {
        try {
            Path inbox = inbox(file.folder());
            Path partial = inbox.resolve(file.name() + ".part");
            Files.write(partial, file.content());
            Files.move(partial, inbox.resolve(file.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path inbox(String folder) throws IOException {
        return Files.createDirectories(DATA.resolve("inbox").resolve(folder));
    }

    /** A file of {@link #HUGE} bytes that takes no disk space: reading it would need more than the whole heap. */
    private static Path sparse(Path folder, String name) throws IOException {
        Path partial = folder.resolve(name + ".part");
        try (RandomAccessFile file = new RandomAccessFile(partial.toFile(), "rw")) {
            file.setLength(HUGE);
        }
        return Files.move(partial, folder.resolve(name));
    }

    private static void deleteEverywhere(Path huge) {
        try (Stream<Path> all = Files.walk(DATA)) {
            for (Path file : all.filter(p -> p.getFileName().toString().endsWith(huge.getFileName().toString()))
                    .filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> report(String folder, String name) {
        return TestData.files(DATA.resolve("quarantine").resolve(folder), "-" + name + ".error.txt").stream()
                .findFirst().map(path -> {
                    try {
                        return Files.readString(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static String quarantined(String folder, String name) throws IOException {
        return Files.readString(TestData.files(DATA.resolve("quarantine").resolve(folder), "-" + name).get(0));
    }

    private static double counter(String scrape, String... labels) {
        return metric(scrape, "smartcredit_inbound_files_total{", labels);
    }

    private static double metric(String scrape, String name, String... labels) {
        return scrape.lines().filter(line -> line.startsWith(name))
                .filter(line -> Stream.of(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static long count(List<Hostile> corpus, Way way) {
        return corpus.stream().filter(h -> h.way() == way).count();
    }

    private static BaitServer bait() {
        try {
            return new BaitServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Samples the heap in use after the last garbage collection while the corpus goes through; keeps the peak. */
    private static final class HeapWatch {

        private final AtomicLong peak = new AtomicLong();
        private final Thread thread = new Thread(this::sample, "heap-watch");
        private volatile boolean running = true;

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }

        private void sample() {
            while (running) {
                long afterGc = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                        .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
                peak.accumulateAndGet(afterGc, Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
