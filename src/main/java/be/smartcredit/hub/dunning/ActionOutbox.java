package be.smartcredit.hub.dunning;

import be.smartcredit.hub.platform.HubClock;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /** Artemis drops a second message carrying the same value in this property. */
    static final String DUPLICATE_ID_HEADER = "_AMQ_DUPL_ID";

    private static final Logger log = LoggerFactory.getLogger(ActionOutbox.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ProducerTemplate producer;
    private final String actionsEndpoint;
    private final HubClock clock;

    ActionOutbox(JdbcClient jdbc, TransactionTemplate transaction, ProducerTemplate producer,
            @Value("${smartcredit.queues.actions:jms:queue:smartcredit.dunning.actions}") String actionsEndpoint,
            HubClock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.producer = producer;
        this.actionsEndpoint = actionsEndpoint;
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
        for (Unpublished action : due) {
            // Limitation: the broker keeps these ids across restarts; a new or restored database with the same
            // broker journal may reuse ids the broker drops as duplicates.
            producer.sendBodyAndHeader(actionsEndpoint, action.id(), DUPLICATE_ID_HEADER, action.duplicateId());
            log.debug("Action published: action='{}' deferrals='{}'.", action.id(), action.deferrals());
        }
        // Marked in the same transaction as the sends were made: a crash before its commit sends them again,
        // and the broker drops the repeats by their duplicate id.
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
