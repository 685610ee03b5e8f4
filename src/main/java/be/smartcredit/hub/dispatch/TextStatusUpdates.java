package be.smartcredit.hub.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Applies a gateway's delivery report for an SMS or WhatsApp message to the contact history. */
@Service
class TextStatusUpdates {

    private static final Logger log = LoggerFactory.getLogger(TextStatusUpdates.class);
    private static final Set<String> DELIVERED = Set.of("delivered", "read");
    private static final Set<String> FAILED = Set.of("failed", "undelivered", "rejected", "expired");

    private final Deliveries deliveries;
    private final JdbcClient jdbc;

    TextStatusUpdates(Deliveries deliveries, JdbcClient jdbc) {
        this.deliveries = deliveries;
        this.jdbc = jdbc;
    }

    /** A report as the gateway posts it: its message id, the status and, on failure, why. */
    record StatusReport(String id, String status, String error) {

        /** Reads a provider's report by its field mapping; fails naming the field that is missing. */
        static StatusReport read(JsonNode body, ChannelSettings.StatusFields fields) {
            String id = text(body, fields.id());
            String status = text(body, fields.status());
            if (id == null || status == null) {
                throw new IllegalArgumentException("a status report needs '" + fields.id() + "' and '"
                        + fields.status() + "'");
            }
            return new StatusReport(id, status, text(body, fields.error()));
        }

        private static String text(JsonNode body, String path) {
            JsonNode node = body;
            for (String name : path.split("\\.")) {
                node = node == null ? null : node.get(name);
            }
            return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
        }
    }

    /** Records the report on the channel's message; empty when no message with that id was sent. */
    Optional<String> apply(Channel channel, StatusReport report) {
        return deliveries.findByProviderId(channel, report.id()).map(delivery -> record(delivery, report));
    }

    private String record(Deliveries.Delivery delivery, StatusReport report) {
        String status = report.status().toLowerCase(Locale.ROOT);
        Channel channel = delivery.channel();
        long claimId = deliveries.firstClaimOf(delivery.actionId());
        if (DELIVERED.contains(status)) {
            deliveries.record(delivery.actionId(), channel, Deliveries.Status.DELIVERED, null, status);
            deliveries.event(claimId, channel.name() + "_DELIVERED", channel.code() + " " + report.id() + " " + status);
        } else if (FAILED.contains(status)) {
            String reason = status + (report.error() == null ? "" : ": " + report.error());
            deliveries.record(delivery.actionId(), channel, Deliveries.Status.UNDELIVERED, null, reason);
            deliveries.event(claimId, channel.name() + "_FAILED", channel.code() + " " + report.id() + " " + reason);
        }
        log.info("Notice status reported: claim='{}' action='{}' channel='{}' status='{}'.", claimId,
                delivery.actionId(), channel.code(), status);
        return status;
    }
}
