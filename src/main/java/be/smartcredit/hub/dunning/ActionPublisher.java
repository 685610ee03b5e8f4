package be.smartcredit.hub.dunning;

import jakarta.jms.ConnectionFactory;
import java.util.List;
import org.apache.activemq.artemis.api.core.ActiveMQDuplicateIdException;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.connection.JmsTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts actions on the broker's queue, each under its duplicate id. A batch is one broker transaction: one commit,
 * one journal write, instead of one per action (Camel's JMS producer takes part in it because it sends through the
 * same connection factory). Artemis refuses a whole transaction that repeats an id it has seen, which happens after
 * a crash between the broker's commit and the database's; such a batch is sent again one action at a time, and an
 * action the broker already has is left out.
 */
final class ActionPublisher {

    /** Artemis keeps one message per value of this property. */
    static final String DUPLICATE_ID_HEADER = "_AMQ_DUPL_ID";

    private static final Logger log = LoggerFactory.getLogger(ActionPublisher.class);

    private final ProducerTemplate producer;
    private final String endpoint;
    private final TransactionTemplate brokerTransaction;

    ActionPublisher(ProducerTemplate producer, String endpoint, ConnectionFactory broker) {
        this.producer = producer;
        this.endpoint = endpoint;
        this.brokerTransaction = new TransactionTemplate(new JmsTransactionManager(broker));
    }

    /** Returns once every action is on the queue, sent now or before; throws when the broker cannot take them. */
    void publish(List<Action> actions) {
        if (actions.isEmpty()) {
            return;
        }
        try {
            brokerTransaction.executeWithoutResult(status -> actions.forEach(this::send));
        } catch (RuntimeException refused) {
            if (!isRepeat(refused)) {
                throw refused;
            }
            log.info("Batch repeats actions the broker already has, sent one by one: actions='{}'.", actions.size());
            actions.forEach(this::publishAlone);
        }
    }

    private void publishAlone(Action action) {
        try {
            brokerTransaction.executeWithoutResult(status -> send(action));
        } catch (RuntimeException refused) {
            if (!isRepeat(refused)) {
                throw refused;
            }
            log.info("Action already on the broker, not sent again: action='{}' duplicateId='{}'.", action.id(),
                    action.duplicateId());
        }
    }

    private void send(Action action) {
        producer.sendBodyAndHeader(endpoint, action.id(), DUPLICATE_ID_HEADER, action.duplicateId());
        log.debug("Action published: action='{}' duplicateId='{}'.", action.id(), action.duplicateId());
    }

    private static boolean isRepeat(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ActiveMQDuplicateIdException) {
                return true;
            }
        }
        return false;
    }

    /** One action as the broker carries it: its id as the body, under its duplicate id. */
    record Action(long id, String duplicateId) {
    }
}
