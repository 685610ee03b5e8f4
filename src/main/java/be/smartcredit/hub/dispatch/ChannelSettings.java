package be.smartcredit.hub.dispatch;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbound channels ({@code smartcredit.*}): the agency's identity for agency-mode
 * mail, the bounce address, the print shop, the SMS and WhatsApp gateways, and how their webhooks are
 * checked.
 */
@ConfigurationProperties("smartcredit")
public record ChannelSettings(
        @DefaultValue Agency agency,
        @DefaultValue Mail mail,
        @DefaultValue PrintShop printShop,
        @DefaultValue Gateway sms,
        @DefaultValue Gateway whatsapp,
        @DefaultValue Webhooks webhooks) {

    /** Who the agency is, as agency-mode messages present it. */
    public record Agency(
            @DefaultValue("Smart Credit Hub") String name,
            @DefaultValue({"Kunstlaan 1", "1000 Brussel"}) List<String> address,
            @DefaultValue("0000.000.097") String enterpriseNumber,
            @DefaultValue("dossiers@smartcredit.example") String email,
            String phone) {
    }

    /**
     * The envelope sender (Return-Path) that delivery status notifications come back to, and the secret that
     * signs bounces posted to the hub (when empty, every bounce is refused).
     */
    public record Mail(@DefaultValue("bounces@smartcredit.example") String bounceAddress, String webhookSecret) {
    }

    /** How far a signed webhook's timestamp may lie from the hub's clock before it counts as a replay. */
    public record Webhooks(@DefaultValue("300") int replayWindowSeconds) {
    }

    /** The print shop: when its batch closes, and where it is delivered (a local folder when no host is set). */
    public record PrintShop(
            @DefaultValue("0 0 17 * * ?") String closeCron,
            @DefaultValue("C5-WINDOW") String envelope,
            @DefaultValue Sftp sftp) {
    }

    /** The print shop's SFTP server; the host key must be listed in {@code knownHosts}. */
    public record Sftp(
            String host,
            @DefaultValue("22") int port,
            String user,
            String password,
            Path privateKey,
            Path knownHosts,
            @DefaultValue("/") String directory) {

        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    /**
     * An HTTP gateway for SMS or WhatsApp: messages are posted to {@code baseUrl + sendPath} with a JSON
     * body made from {@code template}; without a base URL they are written to {@code <data-dir>/outbox/sms/}.
     */
    public record Gateway(
            String baseUrl,
            @DefaultValue("/messages") String sendPath,
            String token,
            @DefaultValue("classpath:gateways/generic-sms.json") String template,
            @DefaultValue("Idempotency-Key") String idempotencyHeader,
            @DefaultValue("id") String messageIdField,
            @DefaultValue("10") int timeoutSeconds,
            String webhookSecret,
            @DefaultValue StatusFields statusFields) {

        public boolean configured() {
            return baseUrl != null && !baseUrl.isBlank();
        }

        public Gateway {
            statusFields = statusFields == null ? new StatusFields(null, null, null) : statusFields;
        }

        /** Whether the provider recognises a repeated request by a key header, making a resend safe. */
        public boolean idempotent() {
            return idempotencyHeader != null && !idempotencyHeader.isBlank();
        }
    }

    /**
     * Where a provider's delivery report keeps the message id, the status and the error: JSON field names,
     * a dot going into a nested object ({@code message.id}).
     */
    public record StatusFields(String id, String status, String error) {

        public StatusFields {
            id = id == null || id.isBlank() ? "id" : id;
            status = status == null || status.isBlank() ? "status" : status;
            error = error == null || error.isBlank() ? "error" : error;
        }
    }
}
