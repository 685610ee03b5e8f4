package be.smartcredit.hub.connector;

import be.smartcredit.hub.platform.HubSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Makes each connector's inbound routes from the route templates once Camel has started. */
@Component
class ConnectorRoutes implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRoutes.class);

    private final Connectors connectors;
    private final HubSettings settings;

    ConnectorRoutes(Connectors connectors, HubSettings settings) {
        this.connectors = connectors;
        this.settings = settings;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        // Templates are loaded with the routes; connector routes are added once they are there.
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (Connector connector : connectors.all()) {
            String routeId = TemplatedRouteBuilder.builder(camelContext, "inbound-peppol-folder")
                    .routeId("inbound.peppol." + connector.id())
                    .parameter("connectorId", connector.id())
                    .parameter("inboxDir", folder("inbox", connector.id(), "peppol"))
                    .parameter("quarantineDir", folder("quarantine", connector.id(), "peppol"))
                    .add();
            log.info("Inbound route started: connector='{}' route='{}'.", connector.id(), routeId);
        }
    }

    private String folder(String area, String connectorId, String channel) {
        return settings.dataDir().resolve(area).resolve(connectorId).resolve(channel).toAbsolutePath().toString();
    }
}
