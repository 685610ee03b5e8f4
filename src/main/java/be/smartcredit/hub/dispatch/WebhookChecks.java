package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.payment.WebhookSignature;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks the signatures of the webhooks the gateways post without the admin login: the mail bounces
 * under {@code smartcredit.mail.webhook-secret}, each text gateway's delivery reports under its own
 * {@code webhook-secret}; HMAC-SHA256 of {@code X-Timestamp + "." + body}, within the replay window.
 */
@Component
class WebhookChecks {

    static final String TIMESTAMP_HEADER = "X-Timestamp";
    static final String SIGNATURE_HEADER = "X-Signature";

    private static final Logger log = LoggerFactory.getLogger(WebhookChecks.class);

    private final WebhookSignature bounces;
    private final Map<Channel, WebhookSignature> statuses;
    private final Duration window;

    WebhookChecks(ChannelSettings settings) {
        this.bounces = new WebhookSignature(settings.mail().webhookSecret());
        this.statuses = Map.of(Channel.SMS, new WebhookSignature(settings.sms().webhookSecret()),
                Channel.WHATSAPP, new WebhookSignature(settings.whatsapp().webhookSecret()));
        this.window = Duration.ofSeconds(settings.webhooks().replayWindowSeconds());
    }

    boolean bounceSigned(String timestamp, byte[] body, String signature) {
        return checked("mail bounce", bounces, timestamp, body, signature);
    }

    boolean statusSigned(Channel channel, String timestamp, byte[] body, String signature) {
        return checked(channel.code() + " status", statuses.get(channel), timestamp, body, signature);
    }

    // The replay window is about real elapsed time, so it uses the system clock, not the hub's (possibly
    // fixed) business date: a demo on a fixed date still takes a provider's real timestamps.
    private boolean checked(String webhook, WebhookSignature signature, String timestamp, byte[] body,
            String signed) {
        boolean valid = signature.verifies(timestamp, body, signed, Instant.now(), window);
        if (!valid) {
            log.warn("Webhook refused: webhook='{}' reason='signature missing, wrong or outside the replay window'.",
                    webhook);
        }
        return valid;
    }
}
