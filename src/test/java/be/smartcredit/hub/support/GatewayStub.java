package be.smartcredit.hub.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * An SMS and WhatsApp provider on the loopback address (JDK HTTP server): it records every request,
 * answers 500 as often as told for a number, and takes a message once per idempotency key, as a
 * provider that honours the key does. Given a TLS context it serves HTTPS instead, and may require a client
 * certificate (mutual TLS), recording whose it was.
 */
public final class GatewayStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One request as the provider saw it; {@code clientCertificate} is the subject of the certificate the client
     * presented over TLS, or {@code null}.
     */
    public record Request(String path, String authorization, String idempotencyKey, JsonNode body, int answered,
            String clientCertificate) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> acceptedByKey = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    public GatewayStub() {
        this(null, false);
    }

    /** Over HTTPS with the certificate of {@code tls}; with {@code needClientAuth} a client must present one. */
    public GatewayStub(SSLContext tls, boolean needClientAuth) {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        try {
            server = tls == null ? HttpServer.create(address, 0) : https(address, tls, needClientAuth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    private static HttpsServer https(InetSocketAddress address, SSLContext tls, boolean needClientAuth)
            throws IOException {
        HttpsServer https = HttpsServer.create(address, 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = tls.getDefaultSSLParameters();
                ssl.setNeedClientAuth(needClientAuth);
                parameters.setSSLParameters(ssl);
            }
        });
        return https;
    }

    public String baseUrl(String path) {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The next {@code times} messages to this number get HTTP 500. */
    public void failFor(String number, int times) {
        failuresLeft.put(number, new AtomicInteger(times));
    }

    public List<Request> requests(String path, String number) {
        return requests.stream().filter(r -> r.path().startsWith(path))
                .filter(r -> r.body().toString().contains(number)).toList();
    }

    /** How many distinct messages the provider took (requests with a key seen before count once). */
    public long accepted(String path, String number) {
        return requests(path, number).stream().filter(r -> r.answered() == 200).map(Request::idempotencyKey)
                .distinct().count();
    }

    public String providerId(String idempotencyKey) {
        return acceptedByKey.get(idempotencyKey);
    }

    private void answer(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        AtomicInteger failures = failuresLeft.entrySet().stream()
                .filter(e -> body.toString().contains(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(new AtomicInteger());
        int status = failures.getAndDecrement() > 0 ? 500 : 200;
        requests.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders()
                .getFirst("Authorization"), key, body, status, clientCertificate(exchange)));
        String reply = status == 500 ? "{\"error\":\"try again\"}"
                : "{\"id\":\"" + acceptedByKey.computeIfAbsent(String.valueOf(key), k -> "gw-" + ids.incrementAndGet())
                        + "\",\"status\":\"queued\"}";
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String clientCertificate(HttpExchange exchange) {
        if (!(exchange instanceof HttpsExchange https)) {
            return null;
        }
        try {
            return https.getSSLSession().getPeerPrincipal().getName();
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
