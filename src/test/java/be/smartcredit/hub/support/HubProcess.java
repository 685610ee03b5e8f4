package be.smartcredit.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged hub started as its own operating-system process, so a test can kill it for real. */
public final class HubProcess implements AutoCloseable {

    /**
     * How long a start may take: Peppol rules, PostgreSQL and Artemis take two minutes and more when the machine
     * is shared with other builds.
     */
    public static final Duration START_PATIENCE = Duration.ofSeconds(300);

    private final Path jar;
    private final Path dataDir;
    private final List<String> extraArguments;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private Path connectorsDir = Path.of("connectors");
    private Process process;
    private int starts;
    /** Stops the hub when the test's JVM ends without closing it (the build was interrupted). */
    private final Thread stopOnExit = new Thread(this::stopOnExit, "stop-hub-process");

    private final List<String> jvmOptions = new ArrayList<>();

    public HubProcess(Path dataDir, String... extraArguments) {
        this.jar = Path.of(System.getProperty("hub.jar", "target/smart-credit-hub.jar")).toAbsolutePath();
        this.dataDir = dataDir;
        this.extraArguments = List.of(extraArguments);
        this.port = freePort();
    }

    /** Reads the connector folders from {@code folder} instead of the project's {@code connectors/}. */
    public HubProcess withConnectors(Path folder) {
        this.connectorsDir = folder;
        return this;
    }

    /** Adds an option for the hub's JVM (the benchmark records the process with Flight Recorder). */
    public HubProcess withJvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    public void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port, "--smartcredit.data-dir=" + dataDir,
                "--smartcredit.connectors-dir=" + connectorsDir.toAbsolutePath(),
                "--smartcredit.sftp.port=0"));
        command.addAll(extraArguments);
        Path log = dataDir.resolve("hub-" + (++starts) + ".log");
        Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SMARTCREDIT_SECURITY_ADMIN_PASSWORD", HubApi.ADMIN_PASSWORD);
        process = builder.start();
        if (starts == 1) {
            Runtime.getRuntime().addShutdownHook(stopOnExit);
        }
    }

    /** Waits until the health endpoint answers UP; fails with the log's tail when the process died. */
    public void awaitHealthy(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("hub exited with " + process.exitValue() + "; see " + dataDir);
            }
            if (get("/actuator/health").map(body -> body.contains("\"UP\"")).orElse(false)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("hub not healthy within " + patience + "; see " + dataDir);
    }

    /** SIGKILL: no shutdown hook, no graceful stop. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The health endpoint's body whatever its status (503 while a part is down); empty when nobody answers. */
    public String health() {
        try {
            return http.send(HttpRequest.newBuilder(uri("/actuator/health")).header("Authorization", basic())
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    public java.util.Optional<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public java.util.Optional<String> post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    @Override
    public void close() throws InterruptedException {
        if (starts > 0) {
            removeShutdownHook();
        }
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void stopOnExit() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is ending: the hook runs, or has run.
        }
    }

    private java.util.Optional<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", basic())
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() < 300 ? java.util.Optional.of(response.body()) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + HubApi.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
