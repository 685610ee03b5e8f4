package be.smartcredit.hub.connector;

import be.smartcredit.hub.platform.SingleNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.RouteIdAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the nodes share a client's SFTP folder. One node at a time polls it: a poll begins only when its route's lock
 * is free (see {@link SingleNode}) and releases it when the poll is done, so two nodes never download the same file.
 * A poll takes at most a batch of files, and a node whose own inbox still holds a batch waiting does not poll at
 * all: it leaves the lock to a node with room, so the files of a full folder are read by every node.
 */
final class SingleNodePolling implements PollingConsumerPollStrategy {

    private static final Logger log = LoggerFactory.getLogger(SingleNodePolling.class);

    /** The names routes/inbound-folder.yaml excludes. */
    private static final Pattern TEMPORARY = Pattern.compile(".*\\.(tmp|part|filepart)$");

    private final SingleNode singleNode;
    private final Path inbox;
    private final int batchFiles;
    private final Map<Consumer, SingleNode.Held> polling = new ConcurrentHashMap<>();

    SingleNodePolling(SingleNode singleNode, Path inbox, int batchFiles) {
        this.singleNode = singleNode;
        this.inbox = inbox;
        this.batchFiles = batchFiles;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        String route = routeOf(consumer, endpoint);
        long waiting = waitingInInbox();
        if (waiting >= batchFiles) {
            log.debug("Poll skipped, the inbox is still full: route='{}' waiting={}.", route, waiting);
            return false;
        }
        Optional<SingleNode.Held> lock = singleNode.tryHold("poll:" + route);
        lock.ifPresent(held -> polling.put(consumer, held));
        return lock.isPresent();
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        release(consumer);
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        release(consumer);
        log.warn("Poll failed, the next scheduled poll tries again: route='{}' reason='{}'.",
                routeOf(consumer, endpoint), cause.getMessage());
        return false;
    }

    /**
     * Files this node downloaded and will read: hidden names (downloads in progress, archives) and temporary names
     * the inbox route leaves alone ({@code .tmp}, {@code .part}, {@code .filepart}) are not waiting, so files
     * abandoned under such names cannot keep a node from polling.
     */
    long waitingInInbox() {
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(file -> willBeRead(file.getFileName().toString()) && Files.isRegularFile(file))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
    }

    private static boolean willBeRead(String name) {
        return !name.startsWith(".") && !TEMPORARY.matcher(name).matches();
    }

    private static String routeOf(Consumer consumer, Endpoint endpoint) {
        return consumer instanceof RouteIdAware route ? route.getRouteId() : endpoint.getEndpointBaseUri();
    }

    private void release(Consumer consumer) {
        SingleNode.Held held = polling.remove(consumer);
        if (held != null) {
            held.close();
        }
    }
}
