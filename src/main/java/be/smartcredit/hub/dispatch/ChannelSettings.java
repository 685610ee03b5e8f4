package be.smartcredit.hub.dispatch;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbound channels ({@code smartcredit.*}): the agency's identity for agency-mode
 * mail, the bounce address, the print shop, and the SMS and WhatsApp gateways.
 */
@ConfigurationProperties("smartcredit")
public record ChannelSettings(
        @DefaultValue Agency agency,
        @DefaultValue Mail mail,
        @DefaultValue PrintShop printShop,
        @DefaultValue Gateway sms,
        @DefaultValue Gateway whatsapp) {

    /** Who the agency is, as agency-mode messages present it. */
    public record Agency(
            @DefaultValue("Smart Credit Hub") String name,
            @DefaultValue({"Kunstlaan 1", "1000 Brussel"}) List<String> address,
            @DefaultValue("0000.000.097") String enterpriseNumber,
            @DefaultValue("dossiers@smartcredit.example") String email,
            String phone) {
    }

    /** The envelope sender (Return-Path) that delivery status notifications come back to. */
    public record Mail(@DefaultValue("bounces@smartcredit.example") String bounceAddress) {
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
            @DefaultValue("10") int timeoutSeconds) {

        public boolean configured() {
            return baseUrl != null && !baseUrl.isBlank();
        }

        /** Whether the provider recognises a repeated request by a key header, making a resend safe. */
        public boolean idempotent() {
            return idempotencyHeader != null && !idempotencyHeader.isBlank();
        }
    }
}
