package be.smartcredit.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.platform.SingleNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes sharing a client's SFTP folder through one PostgreSQL database: one polls at a time, and a node whose
 * inbox still holds a batch of downloaded files leaves the folder to the other.
 */
class SingleNodePollingTest {

    private static EmbeddedPostgres postgres;
    private static CamelContext camel;
    private static Consumer consumer;

    @TempDir
    Path firstInbox;

    @TempDir
    Path secondInbox;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:pull").routeId("inbound.sftp-pull.demo").log("pulled");
            }
        });
        camel.start();
        consumer = camel.getRoute("inbound.sftp-pull.demo").getConsumer();
    }

    @AfterAll
    static void stop() throws Exception {
        camel.close();
        postgres.close();
    }

    @Test
    void aNodeWithAFullInboxSkipsItsTurnAndLeavesTheFolderToTheOther() throws Exception {
        SingleNodePolling first = node(firstInbox, 2);
        SingleNodePolling second = node(secondInbox, 2);
        Files.writeString(firstInbox.resolve("invoice-1.xml"), "<Invoice/>");
        Files.writeString(firstInbox.resolve("invoice-2.xml"), "<Invoice/>");

        assertThat(first.begin(consumer, consumer.getEndpoint())).isFalse();
        assertThat(second.begin(consumer, consumer.getEndpoint())).isTrue();
        second.commit(consumer, consumer.getEndpoint(), 2);
    }

    @Test
    void oneNodePollsAtATimeWhileBothHaveRoom() {
        SingleNodePolling first = node(firstInbox, 2);
        SingleNodePolling second = node(secondInbox, 2);

        assertThat(first.begin(consumer, consumer.getEndpoint())).isTrue();
        assertThat(second.begin(consumer, consumer.getEndpoint())).isFalse();
        first.commit(consumer, consumer.getEndpoint(), 2);
        assertThat(second.begin(consumer, consumer.getEndpoint())).isTrue();
        second.rollback(consumer, consumer.getEndpoint(), 0, new IllegalStateException("server went away"));
        assertThat(first.begin(consumer, consumer.getEndpoint())).isTrue();
        first.commit(consumer, consumer.getEndpoint(), 0);
    }

    @Test
    void countsOnlyFilesWaitingToBeRead() throws Exception {
        SingleNodePolling node = node(firstInbox, 2);
        Files.writeString(firstInbox.resolve("invoice-1.xml"), "<Invoice/>");
        Files.writeString(firstInbox.resolve(".invoice-2.xml.part"), "<Inv");
        Files.writeString(firstInbox.resolve("invoice-3.xml.part"), "<Inv");
        Files.writeString(firstInbox.resolve("invoice-4.xml.filepart"), "<Inv");
        Files.writeString(firstInbox.resolve("export.csv.tmp"), "number;");
        Files.createDirectories(firstInbox.resolve(".archive/2026-03-02"));
        Files.writeString(firstInbox.resolve(".archive/2026-03-02/invoice-0.xml"), "<Invoice/>");

        assertThat(node.waitingInInbox()).isEqualTo(1);
        assertThat(node.begin(consumer, consumer.getEndpoint())).isTrue();
        node.commit(consumer, consumer.getEndpoint(), 1);
        assertThat(node(firstInbox.resolve("not-made-yet"), 2).waitingInInbox()).isZero();
    }

    private static SingleNodePolling node(Path inbox, int batchFiles) {
        return new SingleNodePolling(new SingleNode(postgres.getPostgresDatabase()), inbox, batchFiles);
    }
}
