package be.smartcredit.hub.connector;

import be.smartcredit.hub.platform.SingleNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.RouteIdAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time poll a client's SFTP folder: a poll begins only when its route's lock is free
 * (see {@link SingleNode}) and releases it when the poll is done, so two nodes never download the same file.
 */
@Component("singleNodePolling")
class SingleNodePolling implements PollingConsumerPollStrategy {

    private static final Logger log = LoggerFactory.getLogger(SingleNodePolling.class);

    private final SingleNode singleNode;
    private final Map<Consumer, SingleNode.Held> polling = new ConcurrentHashMap<>();

    SingleNodePolling(SingleNode singleNode) {
        this.singleNode = singleNode;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        Optional<SingleNode.Held> lock = singleNode.tryHold("poll:" + routeOf(consumer, endpoint));
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
