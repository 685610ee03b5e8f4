package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.platform.FlowMetrics;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The state of each (action, channel) send, every change committed at once in its own transaction, so
 * it survives a crash or a rollback of the dispatch around it. Claim events about sends are written
 * the same way, so a failure stays visible on the claim.
 */
@Repository
class Deliveries {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final FlowMetrics metrics;

    Deliveries(JdbcClient jdbc, PlatformTransactionManager transactions, FlowMetrics metrics) {
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The states a send goes through. */
    enum Status {
        /** Handed to the server or gateway; the answer is not recorded yet. */
        SENDING,
        SENT,
        /** Provably not sent (no connection, or the server said no for now): safe to send again. */
        FAILED,
        /** The recipient was refused for good. */
        REJECTED,
        /** Found SENDING after a crash or an unclear error: may have left, so it is not sent again. */
        UNCERTAIN,
        /** Sent, and the provider reported that it did not arrive. */
        UNDELIVERED,
        DELIVERED
    }

    record Delivery(long actionId, Channel channel, Status status, String recipient, String messageId,
            String providerId, String reply) {
    }

    Optional<Delivery> find(long actionId, Channel channel) {
        return jdbc.sql("SELECT action_id, channel, status, recipient, message_id, provider_id, reply "
                        + "FROM deliveries WHERE action_id = ? AND channel = ?")
                .params(actionId, channel.name()).query(Delivery.class).optional();
    }

    Optional<Delivery> findByProviderId(Channel channel, String providerId) {
        return jdbc.sql("SELECT action_id, channel, status, recipient, message_id, provider_id, reply "
                        + "FROM deliveries WHERE channel = ? AND provider_id = ?")
                .params(channel.name(), providerId).query(Delivery.class).optional();
    }

    void sending(long actionId, Channel channel, String recipient, String messageId) {
        own.executeWithoutResult(tx -> jdbc.sql("""
                INSERT INTO deliveries (action_id, channel, status, recipient, message_id, attempts)
                VALUES (?, ?, 'SENDING', ?, ?, 1)
                ON CONFLICT (action_id, channel) DO UPDATE
                   SET status = 'SENDING', recipient = EXCLUDED.recipient, message_id = EXCLUDED.message_id,
                       attempts = deliveries.attempts + 1, updated_at = now()""")
                .params(actionId, channel.name(), recipient, messageId).update());
    }

    void record(long actionId, Channel channel, Status status, String providerId, String reply) {
        own.executeWithoutResult(tx -> jdbc.sql("""
                INSERT INTO deliveries (action_id, channel, status, provider_id, reply) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (action_id, channel) DO UPDATE
                   SET status = EXCLUDED.status, provider_id = COALESCE(EXCLUDED.provider_id, deliveries.provider_id),
                       reply = COALESCE(EXCLUDED.reply, deliveries.reply), updated_at = now()""")
                .params(actionId, channel.name(), status.name(), providerId, truncate(reply)).update());
        count(channel, status);
    }

    private void count(Channel channel, Status status) {
        if (status == Status.SENT) {
            metrics.sent(channel.name());
        } else if (status == Status.FAILED || status == Status.REJECTED) {
            metrics.failed(channel.name());
        }
    }

    /** A claim event committed now, whatever becomes of the transaction around it. */
    void event(long claimId, String kind, String detail) {
        own.executeWithoutResult(tx -> jdbc.sql("INSERT INTO claim_events (claim_id, kind, detail) VALUES (?, ?, ?)")
                .params(claimId, kind, detail).update());
    }

    /** Marks a debtor's e-mail address as refused by the mail server, so it is not used again. */
    void markEmailBad(long debtorId) {
        own.executeWithoutResult(tx -> jdbc.sql("UPDATE debtors SET email_status = 'BAD' WHERE id = ?")
                .param(debtorId).update());
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    /**
     * The correlation id of the action: the one of the first claim on its letter, written on the action the first
     * time it is dispatched; none when the action is unknown or its claim came before correlation ids were kept.
     */
    // Limitation: a letter about claims from several files carries the first claim's id only.
    String correlate(long actionId) {
        jdbc.sql("""
                UPDATE dunning_actions a SET correlation_id = c.correlation_id FROM claims c
                 WHERE a.id = ? AND a.correlation_id IS NULL
                   AND c.id = COALESCE(a.claim_id,
                                       (SELECT min(ac.claim_id) FROM action_claims ac WHERE ac.action_id = a.id))""")
                .param(actionId).update();
        return jdbc.sql("SELECT correlation_id FROM dunning_actions WHERE id = ?").param(actionId)
                .query(String.class).optional().orElse(null);
    }

    /** The first claim on an action's letter (the oldest due): the one its events are recorded on. */
    long firstClaimOf(long actionId) {
        return jdbc.sql("""
                SELECT COALESCE(a.claim_id, (SELECT min(ac.claim_id) FROM action_claims ac WHERE ac.action_id = a.id))
                  FROM dunning_actions a WHERE a.id = ?""").param(actionId).query(Long.class).single();
    }
}
