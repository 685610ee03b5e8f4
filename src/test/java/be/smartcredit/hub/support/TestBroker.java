package be.smartcredit.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * A stand-alone Artemis broker in the test's JVM, reached over TCP on the loopback address, with a
 * persistent journal so it can be stopped and started again mid-test as a production broker restarts.
 * Its address settings are the hub's: dead letters, redelivery with backoff, a persisted duplicate-id cache.
 */
public final class TestBroker implements AutoCloseable {

    private final Path folder;
    private final int port = freePort();
    private EmbeddedActiveMQ server;

    public TestBroker(Path folder) {
        this.folder = folder;
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public void start() throws Exception {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(true);
        configuration.setSecurityEnabled(false);
        configuration.setJournalType(JournalType.NIO);
        configuration.setJournalDirectory(folder.resolve("journal").toString());
        configuration.setBindingsDirectory(folder.resolve("bindings").toString());
        configuration.setPagingDirectory(folder.resolve("paging").toString());
        configuration.setLargeMessagesDirectory(folder.resolve("large").toString());
        configuration.addAcceptorConfiguration("tcp", url());
        configuration.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of("smartcredit.dead-letter"))
                .setAutoCreateDeadLetterResources(true)
                .setMaxDeliveryAttempts(5)
                .setRedeliveryDelay(1_000)
                .setRedeliveryMultiplier(3.0)
                .setMaxRedeliveryDelay(60_000));
        configuration.setIDCacheSize(100_000);
        configuration.setPersistIDCache(true);
        server = new EmbeddedActiveMQ();
        server.setConfiguration(configuration);
        server.start();
    }

    public void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
