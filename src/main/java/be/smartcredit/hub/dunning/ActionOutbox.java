package be.smartcredit.hub.dunning;

import be.smartcredit.hub.platform.HubClock;
import jakarta.jms.ConnectionFactory;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relays action rows to the broker. The action id is the broker's duplicate-detection id, so a
 * row published twice (a crash between send and mark) reaches the dispatcher once; an action deferred
 * by the contact hours is published again once its time has come, under the id of that deferral.
 */
@Component
public class ActionOutbox {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ActionPublisher publisher;
    private final HubClock clock;

    ActionOutbox(JdbcClient jdbc, TransactionTemplate transaction, ProducerTemplate producer,
            @Value("${smartcredit.queues.actions:jms:queue:smartcredit.dunning.actions}") String actionsEndpoint,
            HubClock clock, ConnectionFactory broker) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.publisher = new ActionPublisher(producer, actionsEndpoint, broker);
    }

    /** Publishes every action not yet on the broker; returns how many it published. */
    public int publishPending() {
        int total = 0;
        int batch;
        do {
            batch = transaction.execute(status -> publishBatch());
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private int publishBatch() {
        List<Unpublished> due = jdbc.sql("""
                SELECT id, deferrals FROM dunning_actions
                 WHERE published_at IS NULL AND (deferred_until IS NULL OR deferred_until <= ?)
                 ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(clock.now().toOffsetDateTime(), BATCH).query(Unpublished.class).list();
        // Limitation: the broker keeps these ids across restarts; a new or restored database with the same broker
        // journal may reuse ids the broker drops as duplicates.
        publisher.publish(due.stream().map(action -> new ActionPublisher.Action(action.id(), action.duplicateId()))
                .toList());
        // Marked in the same database transaction as the rows were read, after the broker committed the sends: a
        // crash before the database commit sends them again, and the broker drops the repeats by their id.
        if (!due.isEmpty()) {
            List<Long> ids = due.stream().map(Unpublished::id).toList();
            jdbc.sql("UPDATE dunning_actions SET published_at = now() WHERE id IN (:ids)").param("ids", ids).update();
        }
        return due.size();
    }

    private record Unpublished(long id, int deferrals) {

        String duplicateId() {
            return deferrals == 0 ? "action-" + id : "action-" + id + "-deferral-" + deferrals;
        }
    }
}
