package be.smartcredit.hub.dunning;

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
 * row published twice (a crash between send and mark) reaches the dispatcher once.
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

    ActionOutbox(JdbcClient jdbc, TransactionTemplate transaction, ProducerTemplate producer,
            @Value("${smartcredit.queues.actions:jms:queue:smartcredit.dunning.actions}") String actionsEndpoint) {
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
        List<Long> ids = jdbc.sql("""
                SELECT id FROM dunning_actions WHERE published_at IS NULL
                 ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")
                .param(BATCH).query(Long.class).list();
        for (long id : ids) {
            // Limitation: the broker keeps these ids across restarts; a new or restored database with the same
            // broker journal may reuse ids the broker drops as duplicates.
            producer.sendBodyAndHeader(actionsEndpoint, id, DUPLICATE_ID_HEADER, "action-" + id);
            jdbc.sql("UPDATE dunning_actions SET published_at = now() WHERE id = ?").param(id).update();
            log.debug("Action published: action='{}'.", id);
        }
        return ids.size();
    }
}
