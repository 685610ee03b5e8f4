package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The channel rules of every connector, read once at start-up from each connector's {@code dispatch.yaml}. */
@Component
public class ConnectorChannels {

    private static final Logger log = LoggerFactory.getLogger(ConnectorChannels.class);

    private final Map<String, ChannelRules> byConnector = new TreeMap<>();

    ConnectorChannels(Connectors connectors) {
        ChannelRulesReader reader = new ChannelRulesReader();
        for (Connector connector : connectors.all()) {
            ChannelRules rules = reader.read(connector.folder());
            byConnector.put(connector.id(), rules);
            log.info("Channels set: connector='{}' default='{}' mode='{}'.", connector.id(),
                    rules.defaults().channels(), rules.defaults().mode());
        }
    }

    /** The connector's channel rules; the default rules when it has no {@code dispatch.yaml}. */
    public ChannelRules of(String connectorId) {
        return byConnector.getOrDefault(connectorId, ChannelRules.DEFAULT);
    }
}
