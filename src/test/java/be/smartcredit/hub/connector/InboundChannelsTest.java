package be.smartcredit.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.Samples;
import be.smartcredit.hub.TestData;
import be.smartcredit.hub.support.HubApi;
import be.smartcredit.hub.support.TestConnectors;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every inbound channel against a real server: the hub's own SFTP inbox (an SFTP client uploads), a client's SFTP
 * server started here (the hub pulls), HTTP posts and folder drops; two test connectors with different CSV layouts
 * and validation policies side by side, and hostile files among good ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboundChannelsTest {

    private static final Path DATA = TestData.newDirectory("inbound-channels");
    private static final Path CONNECTORS = DATA.resolve("connectors");
    private static final Path REMOTE = DATA.resolve("client-sftp-server");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String NORTH_SFTP = "north-sftp-pw-9Hd";
    private static final String NORTH_TOKEN = "north-http-token-2Wm";
    private static final String SOUTH_TOKEN = "south-http-token-7Qx";
    private static final String PULL_PASSWORD = "pull-pw-5Rt";
    private static final String BASE = "ubl/peppol-bis-invoice-3_base-example.xml";

    private static SshServer clientServer;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    SftpInbox sftpInbox;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        TestConnectors.register(registry, DATA, CONNECTORS, NORTH_SFTP, NORTH_TOKEN);
        registry.add("NORTH_PULL_PASSWORD", () -> PULL_PASSWORD);
    }

    @BeforeAll
    static void startTheClientsSftpServer() throws IOException {
        Files.createDirectories(REMOTE.resolve("outgoing"));
        clientServer = SshServer.setUpDefaultServer();
        clientServer.setHost("127.0.0.1");
        clientServer.setPort(0);
        clientServer.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(DATA.resolve("client-host-key.ser")));
        clientServer.setPasswordAuthenticator((user, password, session) -> "hub".equals(user)
                && PULL_PASSWORD.equals(password));
        clientServer.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        clientServer.setFileSystemFactory(new VirtualFileSystemFactory(REMOTE));
        clientServer.start();
    }

    @AfterAll
    static void stopTheClientsSftpServer() throws IOException {
        clientServer.stop(true);
    }

    @Test
    void takesUblUploadedToTheHubsSftpInboxAndKeepsEachAccountInItsFolder() throws Exception {
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();

            try (ClientSession session = login(client, "north", NORTH_SFTP);
                    SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                upload(sftp, "peppol/SFTP-1.xml", invoice("SFTP-1"));
                upload(sftp, "peppol/bad\u0007name.xml", invoice("SFTP-2"));
                upload(sftp, "../../escape.xml", invoice("SFTP-3"));
            }
            try (ClientSession session = login(client, "south", "south-sftp-pw-3Lk");
                    SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                assertThat(names(sftp.readDir("/"))).contains("peppol", "csv");
            }
            assertThatThrownBy(() -> login(client, "north", "wrong-password")).isInstanceOf(Exception.class);
            assertThatThrownBy(() -> login(client, "nobody", NORTH_SFTP)).isInstanceOf(Exception.class);
        }

        HubApi api = new HubApi(rest);
        await().atMost(PATIENCE).until(() -> claim(api, "north", "SFTP-1").isPresent());
        await().atMost(PATIENCE).until(() -> quarantineReport("north/peppol", "name.xml").isPresent());
        assertThat(quarantineReport("north/peppol", "name.xml").orElseThrow()).contains("control characters");
        assertThat(DATA.resolve("escape.xml")).doesNotExist();
        assertThat(DATA.resolve("inbox/escape.xml")).doesNotExist();
        assertThat(DATA.resolve("inbox/north/escape.xml")).exists();
    }

    @Test
    void pullsFromTheClientsSftpServerOnlyWhenItsHostKeyIsKnownAndTakesTheSameFileOnce() throws Exception {
        Path outgoing = REMOTE.resolve("outgoing");
        Files.writeString(outgoing.resolve("PULL-1.xml"), invoice("PULL-1"));
        addPullChannel(CONNECTORS.resolve("north"), "[127.0.0.1]:" + clientServer.getPort() + " "
                + PublicKeyEntry.toString(otherKey()));
        assertThat(reload()).isEqualTo(HttpStatus.OK);

        Thread.sleep(5_000);
        assertThat(outgoing.resolve("PULL-1.xml")).exists();

        Files.writeString(CONNECTORS.resolve("north/known_hosts"), "[127.0.0.1]:" + clientServer.getPort() + " "
                + PublicKeyEntry.toString(hostKey()) + "\n");
        assertThat(reload()).isEqualTo(HttpStatus.OK);
        HubApi api = new HubApi(rest);
        await().atMost(PATIENCE).until(() -> claim(api, "north", "PULL-1").isPresent());
        await().atMost(PATIENCE).until(() -> !Files.exists(outgoing.resolve("PULL-1.xml")));
        assertThat(filesUnder(outgoing.resolve(".archive"))).anyMatch(p -> p.endsWith("PULL-1.xml"));

        Files.writeString(outgoing.resolve("PULL-1-again.xml"), invoice("PULL-1"));
        await().atMost(PATIENCE).until(() -> Files.readString(ingestReport("north")).contains("PULL-1-again.xml"));
        assertThat(Files.readString(ingestReport("north"))).contains("received before as 'PULL-1.xml'");
    }

    @Test
    void takesDocumentsPostedOverHttpWithTheConnectorsOwnToken() throws IOException {
        ResponseEntity<Map<String, Object>> created = post("north", NORTH_TOKEN, invoice("HTTP-1"), "HTTP-1.xml");
        ResponseEntity<Map<String, Object>> again = post("north", NORTH_TOKEN, invoice("HTTP-1"), "HTTP-1.xml");
        ResponseEntity<Map<String, Object>> wrongToken = post("north", SOUTH_TOKEN, invoice("HTTP-2"), "x.xml");
        ResponseEntity<Map<String, Object>> noToken = post("north", null, invoice("HTTP-2"), "x.xml");
        ResponseEntity<Map<String, Object>> hashedToken = post("south", SOUTH_TOKEN, invoice("HTTP-3"), "s.xml");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).containsEntry("duplicateFile", true);
        assertThat(wrongToken.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(noToken.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(hashedToken.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        HubApi api = new HubApi(rest);
        assertThat(claim(api, "north", "HTTP-1")).isPresent();
        assertThat(claim(api, "south", "HTTP-3")).isPresent();
        assertThat(filesUnder(DATA.resolve("inbox/north/http/.archive")))
                .anyMatch(p -> p.getFileName().toString().endsWith("-HTTP-1.xml"));
    }

    @Test
    void checksTheSbdhReceiverAgainstTheConnectorsPeppolIds() {
        ResponseEntity<Map<String, Object>> own = post("north", NORTH_TOKEN, sbdh("0208:0403170701", "SBDH-1"),
                "sbdh-1.xml");
        ResponseEntity<Map<String, Object>> foreign = post("north", NORTH_TOKEN, sbdh("0208:0202239951", "SBDH-2"),
                "sbdh-2.xml");

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((String) foreign.getBody().get("reason")).contains("sbdh-2.xml")
                .contains("SBDH receiver '0208:0202239951'").contains("sh:Receiver");
        assertThat(quarantineReport("north/http", "sbdh-2.xml")).isPresent();
        assertThat(claim(new HubApi(rest), "north", "SBDH-2")).isEmpty();
    }

    @Test
    void refusesAnHttpBodyOverTheConnectorsSizeLimit() {
        String padded = invoice("BIG-1").replace("</Invoice>", "<!--" + "x".repeat(300_000) + "--></Invoice>");

        ResponseEntity<Map<String, Object>> response = post("south", SOUTH_TOKEN, padded, "big.xml");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(claim(new HubApi(rest), "south", "BIG-1")).isEmpty();
    }

    @Test
    void keepsTwoConnectorsCsvLayoutsAndPoliciesApart() throws IOException {
        drop("north/csv", "north-export.csv", northCsv().getBytes(Charset.forName("windows-1252")));
        drop("south/csv", "south-bad.csv", "S-1,2024-05-01,10.00,EUR,Ann,,\nS-2,2024-05-01,ten,EUR,Bob,,\n"
                .getBytes(StandardCharsets.UTF_8));
        drop("south/csv", "south-good.csv", ("S-10,2024-05-01,10.00,EUR,Ann,0477472701,\n"
                + "S-11,2024-05-02,20.00,EUR,Bob,,\n").getBytes(StandardCharsets.UTF_8));
        HubApi api = new HubApi(rest);
        await().atMost(PATIENCE).until(() -> claim(api, "south", "S-11").isPresent()
                && claim(api, "north", "N-4").isPresent()
                && quarantineReport("south/csv", "south-bad.csv").isPresent());

        Map<String, Object> n1 = claim(api, "north", "N-1").orElseThrow();
        Map<String, Object> n2 = claim(api, "north", "N-2").orElseThrow();
        assertThat(n1.get("debtorId")).isEqualTo(n2.get("debtorId"));
        assertThat(n1.get("dueDate")).isEqualTo("2024-05-31");
        assertThat((String) n1.get("dueDateBasis")).contains("30 dagen");
        assertThat(n2.get("amount")).isEqualTo(1250.0);
        assertThat((String) claim(api, "north", "N-4").orElseThrow().get("debtorName")).startsWith("=HYPERLINK(");
        assertThat(api.claims()).noneMatch(c -> "north".equals(c.get("connector"))
                && String.valueOf(c.get("number")).startsWith("S-"));
        assertThat(api.claims()).noneMatch(c -> "south".equals(c.get("connector"))
                && String.valueOf(c.get("number")).startsWith("N-"));
        assertThat(claim(api, "south", "S-1")).isEmpty();

        String northResults = Files.readString(filesUnder(DATA.resolve("inbox/north/csv/.archive")).stream()
                .filter(p -> p.toString().endsWith("north-export.csv.result.csv")).findFirst().orElseThrow());
        assertThat(northResults).contains("4;amount ('Bedrag');rejected;\"'=HYPERLINK(")
                .contains("'abc' is not an amount").contains("2;;accepted;N-1");
        assertThat(quarantineReport("south/csv", "south-bad.csv").orElseThrow()).contains("line 2")
                .contains("all rows or none");
        assertThat(Files.readString(ingestReport("north"))).contains("north-export.csv;accepted;3");
    }

    @Test
    void aStrictConnectorRefusesRuleErrorsThatALenientOneRecords() throws IOException {
        byte[] sample = Samples.ubl("peppol-bis-invoice-3_vat-category-E.xml");

        drop("north/peppol", "vat-e.xml", sample);
        drop("south/peppol", "vat-e.xml", sample);

        HubApi api = new HubApi(rest);
        await().atMost(PATIENCE).until(() -> claim(api, "north", "Vat-Z").isPresent()
                && quarantineReport("south/peppol", "vat-e.xml").isPresent());
        assertThat(quarantineReport("south/peppol", "vat-e.xml").orElseThrow()).contains("strict")
                .contains("PEPPOL-COMMON-R042");
        assertThat(claim(api, "south", "Vat-Z")).isEmpty();
    }

    @Test
    void creditNotesLowerTheirInvoiceEvenWhenTheyArriveFirst() {
        post("north", NORTH_TOKEN, creditNote("CN-7", "INV-7", "656.25"), "cn-7.xml");
        post("north", NORTH_TOKEN, invoice("INV-7"), "inv-7.xml");
        HubApi api = new HubApi(rest);
        assertThat(claim(api, "north", "INV-7").orElseThrow().get("openAmount")).isEqualTo(1000.0);

        post("north", NORTH_TOKEN, creditNote("CN-8", "INV-7", "1000.00"), "cn-8.xml");
        post("north", NORTH_TOKEN, creditNote("CN-9", "NO-SUCH-INVOICE", "50.00"), "cn-9.xml");

        Map<String, Object> invoice = claim(api, "north", "INV-7").orElseThrow();
        assertThat(invoice.get("openAmount")).isEqualTo(0.0);
        assertThat(invoice.get("status")).isEqualTo("CREDITED");
        assertThat(claim(api, "north", "CN-9").orElseThrow().get("status")).isEqualTo("CREDIT");
        assertThat(claim(api, "north", "CN-7").orElseThrow().get("dueDateBasis"))
                .isEqualTo("payment terms 'Payment within 10 days, 2% discount'");
    }

    @Test
    void quarantinesHostileFilesAndKeepsTakingTheOthers() throws IOException {
        Path huge = DATA.resolve("inbox/north/peppol/.huge.xml.part");
        Files.createDirectories(huge.getParent());
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(200L * 1024 * 1024);
        }
        Files.move(huge, huge.resolveSibling("huge.xml"));
        drop("north/peppol", "laughs.xml", ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>")
                .getBytes(StandardCharsets.UTF_8));
        drop("south/csv", "latin.csv", "S-20,2024-05-01,1.00,EUR,Caf\u00e9,,\n"
                .getBytes(Charset.forName("windows-1252")));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        drop("north/peppol", "bom.xml", concat(bom, invoice("BOM-1").getBytes(StandardCharsets.UTF_8)));

        HubApi api = new HubApi(rest);
        try {
            await().atMost(PATIENCE).until(() -> claim(api, "north", "BOM-1").isPresent()
                    && quarantineReport("north/peppol", "huge.xml").isPresent()
                    && quarantineReport("north/peppol", "laughs.xml").isPresent()
                    && quarantineReport("south/csv", "latin.csv").isPresent());
            assertThat(quarantineReport("north/peppol", "huge.xml").orElseThrow())
                    .contains("209715200 bytes, more than the limit of 20971520").contains("it was not read");
            assertThat(quarantineReport("north/peppol", "laughs.xml").orElseThrow()).contains("DOCTYPE");
            assertThat(quarantineReport("south/csv", "latin.csv").orElseThrow()).contains("line 1, byte 28")
                    .contains("not valid UTF-8");
        } finally {
            for (Path file : filesUnder(DATA)) {
                if (file.getFileName().toString().endsWith("huge.xml")) {
                    Files.delete(file);
                }
            }
        }
        drop("north/peppol", "after.xml", invoice("AFTER-1").getBytes(StandardCharsets.UTF_8));
        await().atMost(PATIENCE).until(() -> claim(api, "north", "AFTER-1").isPresent());
    }

    private static String northCsv() {
        return """
                Factuur;Datum;Vervaldag;Bedrag;Klant;BTW;E-mail;Termijn
                N-1;01/05/2024;;100,50;Café Noord;BE0477472701;;30 dagen
                N-2;02/05/2024;15/06/2024;1.250,00;Noord Café BV;BE 0477.472.701;;
                "=HYPERLINK(""http://evil.example"";""x"")";03/05/2024;;abc;X;;;
                N-4;04/05/2024;;10,00;"=HYPERLINK(""http://evil.example"";""y"")";;;
                """;
    }

    private static String invoice(String number) {
        return new String(Samples.bytes(BASE), StandardCharsets.UTF_8)
                .replaceFirst("<cbc:ID>Snippet1</cbc:ID>", "<cbc:ID>" + number + "</cbc:ID>");
    }

    private static String creditNote(String number, String invoiceNumber, String amount) {
        String note = new String(Samples.ubl("peppol-bis-invoice-3_base-creditnote-correction.xml"),
                StandardCharsets.UTF_8);
        return note.replaceFirst("<cbc:ID>Snippet1</cbc:ID>", "<cbc:ID>" + number + "</cbc:ID>")
                .replaceFirst("(<cac:InvoiceDocumentReference>\\s*<cbc:ID>)Snippet1", "$1" + invoiceNumber)
                .replace("<cbc:PayableAmount currencyID=\"EUR\">1656.25", "<cbc:PayableAmount currencyID=\"EUR\">"
                        + amount);
    }

    private static String sbdh(String receiver, String number) {
        String payload = invoice(number).replaceFirst("<\\?xml[^>]*\\?>", "");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <StandardBusinessDocument xmlns="http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader">
                  <StandardBusinessDocumentHeader>
                    <HeaderVersion>1.0</HeaderVersion>
                    <Sender><Identifier Authority="iso6523-actorid-upis">0088:9482348239847239874</Identifier></Sender>
                    <Receiver><Identifier Authority="iso6523-actorid-upis">%s</Identifier></Receiver>
                  </StandardBusinessDocumentHeader>
                %s
                </StandardBusinessDocument>
                """.formatted(receiver, payload);
    }

    private ResponseEntity<Map<String, Object>> post(String connector, String token, String body, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return rest.exchange("/api/v1/connectors/" + connector + "/documents?fileName=" + name, HttpMethod.POST,
                new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers),
                new ParameterizedTypeReference<>() { });
    }

    private HttpStatus reload() {
        ResponseEntity<Map<String, Object>> response = rest.withBasicAuth("admin", HubApi.ADMIN_PASSWORD).exchange(
                "/api/v1/connectors/reload", HttpMethod.POST, null, new ParameterizedTypeReference<>() { });
        return HttpStatus.valueOf(response.getStatusCode().value());
    }

    private static void addPullChannel(Path folder, String knownHost) throws IOException {
        Files.writeString(folder.resolve("known_hosts"), knownHost + "\n");
        String yaml = Files.readString(folder.resolve("connector.yaml")).replace("channels:\n", """
                channels:
                  sftp-pull:
                    host: 127.0.0.1
                    port: %d
                    username: hub
                    password-env: NORTH_PULL_PASSWORD
                    known-hosts: known_hosts
                    directory: outgoing
                    delay-seconds: 1
                """.formatted(clientServer.getPort()));
        Files.writeString(folder.resolve("connector.yaml"), yaml);
    }

    private static java.security.PublicKey hostKey() throws Exception {
        KeyPair pair = clientServer.getKeyPairProvider().loadKeys(null).iterator().next();
        return pair.getPublic();
    }

    private static java.security.PublicKey otherKey() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance(
                hostKey().getAlgorithm());
        if ("EC".equals(hostKey().getAlgorithm())) {
            generator.initialize(256);
        }
        return generator.generateKeyPair().getPublic();
    }

    private ClientSession login(SshClient client, String user, String password) throws IOException {
        ClientSession session = client.connect(user, "127.0.0.1", sftpInbox.port()).verify(Duration.ofSeconds(10))
                .getSession();
        session.addPasswordIdentity(password);
        session.auth().verify(Duration.ofSeconds(10));
        return session;
    }

    private void upload(SftpClient sftp, String path, String content) throws IOException {
        String partial = path + ".part";
        try (var out = sftp.write(partial)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        sftp.rename(partial, path);
    }

    private static List<String> names(Iterable<SftpClient.DirEntry> entries) {
        List<String> names = new java.util.ArrayList<>();
        entries.forEach(entry -> names.add(entry.getFilename()));
        return names;
    }

    private static Optional<Map<String, Object>> claim(HubApi api, String connector, String number) {
        return api.claims().stream()
                .filter(c -> connector.equals(c.get("connector")) && number.equals(c.get("number"))).findFirst();
    }

    private static void drop(String folder, String name, byte[] content) throws IOException {
        Path inbox = Files.createDirectories(DATA.resolve("inbox").resolve(folder));
        Path partial = inbox.resolve(name + ".part");
        Files.write(partial, content);
        Files.move(partial, inbox.resolve(name));
    }

    private static Optional<String> quarantineReport(String folder, String name) {
        return TestData.files(DATA.resolve("quarantine").resolve(folder), name + ".error.txt").stream().findFirst()
                .map(path -> {
                    try {
                        return Files.readString(path);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    private static Path ingestReport(String connector) {
        return DATA.resolve("outbox/reports").resolve(connector).resolve("2024-06-01-ingest.csv");
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
