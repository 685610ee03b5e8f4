package be.smartcredit.hub.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.smartcredit.hub.dunning.ActionPublisher.Action;
import be.smartcredit.hub.support.TestBroker;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.JmsTransactionManager;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing actions to a real Artemis broker with the hub's duplicate-id settings, through Camel's JMS component
 * configured as the hub configures it (transacted, over a caching connection factory).
 */
class ActionPublisherTest {

    private static final String QUEUE = "smartcredit.dunning.actions";

    @TempDir
    Path folder;

    private TestBroker broker;
    private CachingConnectionFactory connections;
    private CamelContext camel;
    private ProducerTemplate producer;
    private ActionPublisher publisher;

    @BeforeEach
    void start() throws Exception {
        broker = new TestBroker(folder);
        broker.start();
        connections = new CachingConnectionFactory(new ActiveMQConnectionFactory(broker.url()));
        camel = new DefaultCamelContext();
        JmsComponent jms = JmsComponent.jmsComponent(connections);
        jms.setTransacted(true);
        jms.setCacheLevelName("CACHE_CONSUMER");
        camel.addComponent("jms", jms);
        camel.start();
        producer = camel.createProducerTemplate();
        publisher = new ActionPublisher(producer, "jms:queue:" + QUEUE, connections);
    }

    @AfterEach
    void stop() throws Exception {
        camel.close();
        connections.destroy();
        broker.close();
    }

    @Test
    void putsEveryActionOfABatchOnTheQueueUnderItsId() {
        publisher.publish(List.of(action(1), action(2), action(3)));

        assertThat(queued()).containsExactly("1", "2", "3");
    }

    @Test
    void aBatchRepublishedAfterACrashAddsOnlyTheActionsTheBrokerLacks() {
        publisher.publish(List.of(action(1), action(2)));

        // As after a crash between the broker's commit and the database's: the same rows come round again, with more.
        publisher.publish(List.of(action(1), action(2), action(3)));
        publisher.publish(List.of(action(3)));

        assertThat(queued()).containsExactly("1", "2", "3");
    }

    @Test
    void aDeferredActionGoesOutAgainUnderTheIdOfItsDeferral() {
        publisher.publish(List.of(action(4)));

        publisher.publish(List.of(new Action(4, "action-4-deferral-1")));

        assertThat(queued()).containsExactly("4", "4");
    }

    @Test
    void aBrokerThatIsDownFailsThePublishSoTheRowsStayUnmarked() throws Exception {
        broker.stop();

        assertThatThrownBy(() -> publisher.publish(List.of(action(5)))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void camelsSendsTakePartInABrokerTransactionOnTheSameConnectionFactory() {
        TransactionTemplate brokerTransaction = new TransactionTemplate(new JmsTransactionManager(connections));

        brokerTransaction.executeWithoutResult(status -> {
            producer.sendBodyAndHeader("jms:queue:" + QUEUE, 7L, ActionPublisher.DUPLICATE_ID_HEADER, "action-7");
            assertThat(queued()).as("nothing visible before the commit").isEmpty();
            status.setRollbackOnly();
        });

        assertThat(queued()).as("rolled back with the transaction").isEmpty();
    }

    private static Action action(long id) {
        return new Action(id, "action-" + id);
    }

    /** The bodies waiting on the queue, read outside any transaction. */
    private List<String> queued() {
        JmsTemplate template = new JmsTemplate(new ActiveMQConnectionFactory(broker.url()));
        return template.browse(QUEUE, (Session session, QueueBrowser browser) -> {
            List<String> bodies = new ArrayList<>();
            for (Object message : Collections.list(browser.getEnumeration())) {
                bodies.add(String.valueOf(((Message) message).getBody(Object.class)));
            }
            return bodies;
        });
    }
}
