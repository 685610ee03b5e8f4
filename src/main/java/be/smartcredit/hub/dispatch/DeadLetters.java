package be.smartcredit.hub.dispatch;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The actions the broker gave up on: listed from the dead-letter address, and replayed by moving one
 * back to the actions queue in one broker transaction (received and re-sent, or neither).
 */
@Component
public class DeadLetters {

    static final String ACTIONS_QUEUE = "smartcredit.dunning.actions";
    /** Artemis files dead letters of a queue under {@code DLQ.<address>} on the dead-letter address. */
    static final String DEAD_LETTER_QUEUE = "smartcredit.dead-letter::DLQ." + ACTIONS_QUEUE;

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int LIMIT = 1000;

    private final ConnectionFactory broker;

    DeadLetters(ConnectionFactory broker) {
        this.broker = broker;
    }

    /** One dead letter: the broker's message id, the action it carries, how often it was tried. */
    public record DeadLetter(String id, String actionId, String originalQueue, int attempts, long timestamp) {
    }

    public List<DeadLetter> list() throws JMSException {
        try {
            return browse();
        } catch (InvalidDestinationException noQueue) {
            // The broker made the dead-letter queue with its first letter and removed it once it was empty again.
            return List.of();
        }
    }

    private List<DeadLetter> browse() throws JMSException {
        try (Connection connection = broker.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                QueueBrowser browser = session.createBrowser(session.createQueue(DEAD_LETTER_QUEUE))) {
            connection.start();
            List<DeadLetter> letters = new ArrayList<>();
            for (Object each : Collections.list(browser.getEnumeration())) {
                letters.add(describe((Message) each));
                if (letters.size() == LIMIT) {
                    break;
                }
            }
            return letters;
        }
    }

    /** Moves the dead letter back to the actions queue; empty when there is no such dead letter. */
    public Optional<DeadLetter> replay(String id) throws JMSException {
        if (!id.matches("[A-Za-z0-9:-]{1,100}")) {
            throw new IllegalArgumentException("not a message id: '" + id + "'");
        }
        String messageId = id.startsWith("ID:") ? id : "ID:" + id;
        try (Connection connection = broker.createConnection();
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
            connection.start();
            Optional<DeadLetter> moved;
            try {
                moved = moveBack(session, messageId);
            } catch (InvalidDestinationException noQueue) {
                return Optional.empty();
            }
            if (moved.isPresent()) {
                session.commit();
                log.info("Dead letter replayed: action='{}' message='{}'.", moved.get().actionId(), messageId);
            } else {
                session.rollback();
            }
            return moved;
        }
    }

    private static Optional<DeadLetter> moveBack(Session session, String messageId) throws JMSException {
        Queue deadLetters = session.createQueue(DEAD_LETTER_QUEUE);
        try (MessageConsumer consumer = session.createConsumer(deadLetters, "JMSMessageID = '" + messageId + "'");
                MessageProducer producer = session.createProducer(session.createQueue(ACTIONS_QUEUE))) {
            Message dead = consumer.receive(2_000);
            if (dead == null) {
                return Optional.empty();
            }
            DeadLetter described = describe(dead);
            Message again = session.createTextMessage(described.actionId());
            // A new duplicate id: the broker still remembers the first one and would drop the replay.
            again.setStringProperty("_AMQ_DUPL_ID", "replay-" + described.actionId() + "-" + UUID.randomUUID());
            producer.send(again);
            return Optional.of(described);
        }
    }

    private static DeadLetter describe(Message message) throws JMSException {
        Object body = message.getBody(Object.class);
        String original = message.getStringProperty("_AMQ_ORIG_QUEUE");
        int attempts = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 0;
        String id = message.getJMSMessageID();
        return new DeadLetter(id == null ? null : id.replaceFirst("^ID:", ""),
                body == null ? null : body.toString().trim(), original, attempts, message.getJMSTimestamp());
    }
}
