package be.smartcredit.hub.casework;

import be.smartcredit.hub.platform.OutboundTls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts a handover package to a partner's platform: JSON with the Bearer token and the idempotency key
 * ({@code Idempotency-Key}), so a retry after a timeout is recognised by the partner and not taken twice. One
 * client per partner, each with its own HTTP client and TLS (see {@link OutboundTls}).
 */
final class PartnerClient {

    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;

    /** The client of one partner, on an HTTP client with that partner's TLS. */
    static PartnerClient of(Handovers.Partner partner, CaseworkSettings settings, ObjectMapper json,
            OutboundTls tls) {
        Duration timeout = settings.handover().timeout();
        HttpClient http = tls.httpClient(partner.code(), "smartcredit.casework." + partner.code() + ".base-url",
                partner.settings(settings).baseUrl(), timeout);
        return new PartnerClient(json, timeout, http);
    }

    PartnerClient(ObjectMapper json, Duration timeout, HttpClient http) {
        this.http = http;
        this.json = json;
        this.timeout = timeout;
    }

    /** Posts the package; returns the partner's reference (or empty text); throws when it was not accepted. */
    String post(CaseworkSettings.Partner partner, HandoverPackage handover) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(partner.baseUrl().replaceAll("/+$", "")
                        + partner.path()))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + (partner.token() == null ? "" : partner.token()))
                .header(IDEMPOTENCY_HEADER, handover.handoverId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(handover)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new PartnerException("the partner answered HTTP " + response.statusCode());
        }
        return reference(response.body());
    }

    private byte[] body(HandoverPackage handover) {
        try {
            return json.writeValueAsBytes(handover);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write handover " + handover.handoverId(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PartnerException("no answer from the partner: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartnerException("interrupted while posting to the partner");
        }
    }

    private String reference(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
            return node == null || !node.hasNonNull("reference") ? "" : node.get("reference").asText();
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    /** A handover the partner did not accept, or could not be reached for. */
    static final class PartnerException extends RuntimeException {
        PartnerException(String message) {
            super(message);
        }
    }
}
