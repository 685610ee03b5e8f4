package be.smartcredit.hub.casework;

import be.smartcredit.hub.dispatch.ChannelSettings;
import be.smartcredit.hub.dunning.DossierCommands;
import be.smartcredit.hub.payment.WebhookSignature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partners' status webhook (no login): {@code X-Timestamp} and {@code X-Signature}, the hex HMAC-SHA256 of
 * timestamp, a dot and the body under the partner's {@code webhook-secret}, within the replay window; the same
 * event id is applied once.
 */
@RestController
class PartnerWebhookController {

    private static final Logger log = LoggerFactory.getLogger(PartnerWebhookController.class);

    private final PartnerUpdates updates;
    private final CaseworkSettings settings;
    private final ObjectMapper json;
    private final Duration window;

    PartnerWebhookController(PartnerUpdates updates, CaseworkSettings settings, ObjectMapper json,
            ChannelSettings channels) {
        this.updates = updates;
        this.settings = settings;
        this.json = json;
        this.window = Duration.ofSeconds(channels.webhooks().replayWindowSeconds());
    }

    @PostMapping("/api/v1/partners/{partner}/status")
    ResponseEntity<Map<String, Object>> status(@PathVariable String partner,
            @RequestHeader(name = "X-Timestamp", required = false) String timestamp,
            @RequestHeader(name = "X-Signature", required = false) String signature, @RequestBody byte[] body) {
        if (!partner.matches("lawyer|bailiff")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("reason", "no partner " + partner));
        }
        Handovers.Partner which = Handovers.Partner.of(partner);
        // The replay window is real elapsed time: the system clock, not the hub's (possibly fixed) business date.
        if (!new WebhookSignature(which.settings(settings).webhookSecret()).verifies(timestamp, body, signature,
                Instant.now(), window)) {
            log.warn("Webhook refused: webhook='{} status' reason='signature missing, wrong or outside the replay "
                    + "window'.", partner);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("reason", "bad or old signature"));
        }
        long dossier = updates.apply(which, read(body));
        return ResponseEntity.accepted().body(Map.of("dossier", dossier, "applied", true));
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }

    private PartnerStatus read(byte[] body) {
        try {
            return json.readValue(body, PartnerStatus.class);
        } catch (IOException e) {
            throw new DossierCommands.BadRequest("the body is not a status update: " + firstLine(e.getMessage()));
        }
    }
}
