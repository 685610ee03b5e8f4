package be.smartcredit.hub.portal;

import be.smartcredit.hub.payment.WebhookSignature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A local HTTP server playing the payment provider: its checkout page takes the amount and reference the pay page
 * sends, "pays" at once and posts the signed webhook to the hub, answering with the hub's reply.
 */
final class PaymentProvider {

    static final String SECRET = "provider-webhook-secret";

    private final HttpServer server;
    private volatile String hub;

    private PaymentProvider(HttpServer server) {
        this.server = server;
    }

    static PaymentProvider start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            PaymentProvider provider = new PaymentProvider(server);
            server.createContext("/checkout", provider::checkout);
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String checkoutUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/checkout";
    }

    void hub(String baseUrl) {
        this.hub = baseUrl;
    }

    private void checkout(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String body = "{\"id\":\"pp-" + UUID.randomUUID() + "\",\"reference\":\"" + query.get("reference")
                + "\",\"amount\":" + query.get("amount") + ",\"currency\":\"" + query.get("currency")
                + "\",\"status\":\"PAID\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String answer;
        try {
            URI webhook = URI.create(hub + "/api/v1/payments/webhook");
            answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(webhook)
                    .header("Content-Type", "application/json")
                    .header("X-Signature", new WebhookSignature(SECRET).sign(bytes))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = "interrupted";
        }
        byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }
}
