package be.smartcredit.hub.casework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A lawyer's and a bailiff's platform on the loopback address (JDK HTTP server): records every handover,
 * takes each idempotency key once, answers slowly or with 503 for the keys it is told to.
 */
final class PartnerPlatform implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the platform saw it. */
    record Received(String partner, String authorization, String key, JsonNode body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, JsonNode> taken = new ConcurrentHashMap<>();
    private final Set<String> slowOnce = ConcurrentHashMap.newKeySet();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final long slowMillis;

    PartnerPlatform(long slowMillis) {
        this.slowMillis = slowMillis;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/lawyer/handovers", exchange -> handle("lawyer", exchange));
        server.createContext("/bailiff/handovers", exchange -> handle("bailiff", exchange));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String baseUrl(String partner) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + partner;
    }

    void answerSlowlyOnce(String key) {
        slowOnce.add(key);
    }

    void failFor(String key, boolean fail) {
        if (fail) {
            failing.add(key);
        } else {
            failing.remove(key);
        }
    }

    List<Received> requests(String key) {
        return received.stream().filter(r -> key.equals(r.key())).toList();
    }

    /** The package taken under the key (the first one), or null. */
    JsonNode taken(String key) {
        return taken.get(key);
    }

    long takenCount(String key) {
        return taken.containsKey(key) ? 1 : 0;
    }

    private void handle(String partner, HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        received.add(new Received(partner, exchange.getRequestHeaders().getFirst("Authorization"), key, body));
        if (key != null && failing.contains(key)) {
            answer(exchange, 503, "{\"error\":\"down for maintenance\"}");
            return;
        }
        if (key != null) {
            taken.putIfAbsent(key, body);
        }
        if (key != null && slowOnce.remove(key)) {
            sleep();
        }
        answer(exchange, 201, "{\"reference\":\"" + partner.toUpperCase() + "-" + Math.abs(key.hashCode()) + "\"}");
    }

    private void sleep() {
        try {
            Thread.sleep(slowMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // The hub gave up waiting and closed the connection: the handover was taken all the same.
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
