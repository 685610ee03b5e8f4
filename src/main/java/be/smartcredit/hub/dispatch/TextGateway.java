package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.platform.HubSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * One HTTP gateway for short messages (SMS or WhatsApp). The request body is the provider's JSON
 * template with its {@code {{placeholders}}} filled in as JSON values, never by pasting strings
 * together. Without a base URL, the body is written to {@code <data-dir>/outbox/sms/} instead. The HTTP client
 * comes with its TLS set up (see {@link be.smartcredit.hub.platform.OutboundTls}).
 */
final class TextGateway {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    private final Channel channel;
    private final ChannelSettings.Gateway settings;
    private final ObjectMapper json;
    private final JsonNode template;
    private final Path folder;
    private final HttpClient http;

    TextGateway(Channel channel, ChannelSettings.Gateway settings, HubSettings hub, ObjectMapper json,
            HttpClient http) {
        this.channel = channel;
        this.settings = settings;
        this.json = json;
        this.template = readTemplate(settings.template(), json);
        this.folder = hub.outbox().resolve("sms");
        this.http = http;
    }

    boolean configured() {
        return settings.configured();
    }

    boolean idempotent() {
        return settings.idempotent();
    }

    /** The request body for these values: the template with every placeholder replaced. */
    JsonNode body(Map<String, String> values) {
        return fill(template.deepCopy(), values);
    }

    /** Sends the message; returns the provider's message id. */
    String send(String reference, Map<String, String> values) {
        JsonNode body = body(values);
        if (!configured()) {
            String file = reference + ".json";
            PrintBatches.write(folder, file, json.valueToTree(body).toPrettyString());
            return "file:" + file;
        }
        try {
            HttpResponse<String> response = http.send(request(reference, body), HttpResponse.BodyHandlers.ofString());
            return answer(reference, response);
        } catch (IOException e) {
            throw new GatewayException(false, channel.code() + " gateway unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException(false, channel.code() + " gateway call interrupted", e);
        }
    }

    private HttpRequest request(String reference, JsonNode body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + settings.sendPath()))
                .timeout(Duration.ofSeconds(settings.timeoutSeconds()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (settings.token() != null && !settings.token().isBlank()) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        if (settings.idempotent()) {
            request.header(settings.idempotencyHeader(), reference);
        }
        return request.build();
    }

    private String answer(String reference, HttpResponse<String> response) throws IOException {
        int code = response.statusCode();
        if (code / 100 == 2) {
            String body = response.body();
            JsonNode reply = body == null || body.isBlank() ? null : json.readTree(body);
            JsonNode id = reply == null ? null : reply.at(pointer(settings.messageIdField()));
            return id == null || id.isMissingNode() || id.isNull() ? reference : id.asText();
        }
        boolean permanent = code / 100 == 4 && code != 408 && code != 429;
        throw new GatewayException(permanent, channel.code() + " gateway answered HTTP " + code, null);
    }

    private static String pointer(String field) {
        return field.startsWith("/") ? field : "/" + field.replace('.', '/');
    }

    private static JsonNode fill(JsonNode node, Map<String, String> values) {
        if (node instanceof ObjectNode object) {
            java.util.List<String> names = new java.util.ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, fill(object.get(name), values)));
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, fill(array.get(i), values));
            }
            return array;
        }
        if (node.isTextual()) {
            Matcher matcher = PLACEHOLDER.matcher(node.asText());
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
            }
            matcher.appendTail(filled);
            return new TextNode(filled.toString());
        }
        return node;
    }

    private static JsonNode readTemplate(String location, ObjectMapper json) {
        try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("gateway template '" + location + "' cannot be read as JSON", e);
        }
    }

    /** The gateway did not take the message; {@code permanent} when the recipient was refused for good. */
    static final class GatewayException extends RuntimeException {

        private final boolean permanent;

        GatewayException(boolean permanent, String message, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }
    }
}
