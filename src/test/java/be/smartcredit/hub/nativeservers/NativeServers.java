package be.smartcredit.hub.nativeservers;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.support.HubProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.flywaydb.core.Flyway;

/**
 * The servers {@code .ci/native-servers} started, read from the file named by the system property
 * {@code native.servers}: the hub's production settings for them, and what a test counts on them.
 */
final class NativeServers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Properties servers = new Properties();
    private final Path stage;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    NativeServers() {
        String file = System.getProperty("native.servers", "");
        if (file.isBlank()) {
            throw new IllegalStateException("-Dnative.servers=<servers.properties> is not set: start the servers "
                    + "with .ci/native-servers (see its header)");
        }
        stage = Path.of(file).toAbsolutePath().getParent();
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            servers.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * A new database on the PostgreSQL server with the hub's schema, its action ids starting past those of
     * earlier tests: the broker remembers every action id it took (duplicate detection) across databases.
     */
    String createDatabase(String prefix) {
        long now = System.currentTimeMillis();
        String name = prefix + "_" + now;
        try (Connection connection = connect("smartcredit"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        Flyway.configure().dataSource(jdbcUrl(name), get("postgres.user"), get("secret"))
                .locations("classpath:db/migration").load().migrate();
        try (Connection connection = connect(name); Statement statement = connection.createStatement()) {
            statement.execute("SELECT setval('dunning_actions_id_seq', " + now + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot move the action ids of " + name, e);
        }
        return name;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), get("postgres.user"), get("secret"));
    }

    /** The single number a query such as {@code SELECT count(*) ...} answers on the test's database. */
    long count(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** An empty folder of the print shop's SFTP account, for one test's batches. */
    Path newPrintFolder(String name) throws IOException {
        return newSftpFolder("sftp.print-directory", name);
    }

    /** An empty folder of the SFTP account, as a client's server the hub pulls invoices from. */
    Path newSourceFolder(String name) throws IOException {
        return newSftpFolder("sftp.source-directory", name);
    }

    /**
     * A copy of the demo connector that also pulls UBL invoices from {@code source} on the native sshd, with the
     * account's private key and the server's host key in the connector folder.
     */
    Path connectorsPullingFrom(Path source) throws IOException {
        Path connectors = Files.createTempDirectory(Path.of("target"), "native-connectors-").toAbsolutePath();
        Path demo = Files.createDirectories(connectors.resolve("demo"));
        try (var files = Files.list(Path.of("connectors/demo"))) {
            for (Path file : files.toList()) {
                Files.copy(file, demo.resolve(file.getFileName()));
            }
        }
        Files.copy(Path.of(get("sftp.private-key")), demo.resolve("pull_key"));
        Files.copy(Path.of(get("sftp.known-hosts")), demo.resolve("pull_known_hosts"));
        String pull = """
                  sftp-pull:
                    host: 127.0.0.1
                    port: %s
                    username: %s
                    private-key: pull_key
                    known-hosts: pull_known_hosts
                    directory: %s
                    format: ubl
                    delay-seconds: 1
                    batch-files: 10
                """.formatted(get("sftp.port"), get("sftp.user"), Path.of(get("sftp.root")).relativize(source));
        String definition = Files.readString(demo.resolve("connector.yaml"))
                .replace("  # Files the hub fetches from the client's own SFTP server (off in the demo):\n", pull);
        if (!definition.contains("sftp-pull:\n    host")) {
            throw new IllegalStateException("connectors/demo/connector.yaml changed: no place for sftp-pull found");
        }
        Files.writeString(demo.resolve("connector.yaml"), definition);
        return connectors;
    }

    private Path newSftpFolder(String key, String name) throws IOException {
        Path folder = Path.of(get(key)).resolve(name + "-" + System.currentTimeMillis());
        Files.createDirectories(folder);
        // The sftp account is another operating-system user than the test when the test runs as root.
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        return folder;
    }

    /** The production settings (as the README lists them) pointing the hub at these servers. */
    List<String> hubArguments(String database, Path printFolder) {
        return List.of(
                "--spring.datasource.url=" + jdbcUrl(database),
                "--spring.datasource.username=" + get("postgres.user"),
                "--spring.datasource.password=" + get("secret"),
                "--spring.artemis.mode=native",
                "--spring.artemis.embedded.enabled=false",
                "--spring.artemis.broker-url=tcp://127.0.0.1:" + get("artemis.port"),
                "--spring.artemis.user=" + get("artemis.user"),
                "--spring.artemis.password=" + get("secret"),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + get("smtp.port"),
                "--smartcredit.print-shop.sftp.host=127.0.0.1",
                "--smartcredit.print-shop.sftp.port=" + get("sftp.port"),
                "--smartcredit.print-shop.sftp.user=" + get("sftp.user"),
                "--smartcredit.print-shop.sftp.private-key=" + get("sftp.private-key"),
                "--smartcredit.print-shop.sftp.known-hosts=" + get("sftp.known-hosts"),
                "--smartcredit.print-shop.sftp.directory=" + printFolder);
    }

    /**
     * Runs a sub-command of {@code .ci/native-servers} on the running stage, such as {@code stop-artemis} or
     * {@code start-smtp}: one server down, or up again on its port.
     */
    void stage(String command) throws IOException, InterruptedException {
        Process script = new ProcessBuilder(".ci/native-servers", command, stage.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(stage.resolve("outages.log").toFile())).start();
        if (!script.waitFor(180, TimeUnit.SECONDS) || script.exitValue() != 0) {
            throw new IllegalStateException(".ci/native-servers " + command + " failed; see " + stage
                    + "/outages.log");
        }
    }

    /** Puts one text message on a queue of the native broker, as any producer could. */
    void sendToQueue(String queue, String text) throws JMSException {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + get("artemis.port"), get("artemis.user"), get("secret"));
                JMSContext context = factory.createContext()) {
            context.createProducer().send(context.createQueue(queue), text);
        }
    }

    /** Starts the packaged hub against these servers with the given "today" and waits until it is healthy. */
    HubProcess startHub(Path data, String database, Path printFolder, String today) throws Exception {
        List<String> arguments = new ArrayList<>(hubArguments(database, printFolder));
        arguments.add("--smartcredit.clock.today=" + today);
        // Office hours, so that e-mails are not held by the contact hours whatever time the stage runs.
        arguments.add("--smartcredit.clock.time=10:00");
        HubProcess hub = new HubProcess(data, arguments.toArray(String[]::new));
        hub.start();
        hub.awaitHealthy(HubProcess.START_PATIENCE);
        return hub;
    }

    /** Writes {@code count} UBL invoices numbered {@code <prefix>-<i>} into a folder inbox, each by an atomic move. */
    static void dropInvoices(Path inbox, String prefix, int count) throws IOException {
        Files.createDirectories(inbox);
        for (int i = 1; i <= count; i++) {
            String number = prefix + "-" + i;
            Files.writeString(inbox.resolve(number + ".xml.part"), TestData.baseExampleForOwnBuyer(number, i));
            Files.move(inbox.resolve(number + ".xml.part"), inbox.resolve(number + ".xml"));
        }
    }

    /** Starts a dunning run through the API and says how many actions it created. */
    static int runDunning(HubProcess hub) {
        try {
            return JSON.readTree(hub.post("/api/v1/dunning/runs").orElseThrow()).get("actionsCreated").asInt();
        } catch (IOException e) {
            throw new AssertionError("the dunning run answered no JSON", e);
        }
    }

    /** Removes every message GreenMail holds, so that a test counts its own. */
    void purgeMail() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(greenMail("/api/mail/purge"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GreenMail refused the purge: " + response.body());
        }
    }

    /** The Message-ID of every message GreenMail received, one entry per message in a recipient's inbox. */
    List<String> mailMessageIds() throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (JsonNode user : getJson("/api/user")) {
            String email = user.get("email").asText();
            for (JsonNode message : getJson("/api/user/" + email + "/messages/INBOX")) {
                // GreenMail 2.1 names the field after the header.
                ids.add(message.path("Message-ID").asText(message.path("messageId").asText("")));
            }
        }
        return ids;
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(greenMail(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GreenMail answered " + response.statusCode() + " to " + path);
        }
        return JSON.readTree(response.body());
    }

    private URI greenMail(String path) {
        return URI.create("http://127.0.0.1:" + get("greenmail.api.port") + path);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + get("postgres.port") + "/" + database;
    }

    private String get(String key) {
        String value = servers.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("servers.properties has no " + key);
        }
        return value;
    }
}
