package be.smartcredit.hub.connector;

import be.smartcredit.hub.platform.HubSettings;
import be.smartcredit.hub.platform.SingleNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes each connector's inbound routes from the route templates once Camel has started, and makes them again
 * when the connectors are reloaded: a folder route per format, and a pull route when the client has an SFTP server.
 */
@Component
class ConnectorRoutes implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRoutes.class);
    private static final String PREFIX = "inbound.";
    private static final List<String> KINDS = List.of("peppol", "csv", "sftp-pull");

    private final Connectors connectors;
    private final HubSettings settings;
    private final Environment environment;
    private final SingleNode singleNode;
    private CamelContext camel;

    ConnectorRoutes(Connectors connectors, HubSettings settings, Environment environment, SingleNode singleNode) {
        this.connectors = connectors;
        this.settings = settings;
        this.environment = environment;
        this.singleNode = singleNode;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        // Templates are loaded with the routes; connector routes are added once they are there.
    }

    @Override
    public synchronized void afterApplicationStart(CamelContext camelContext) {
        this.camel = camelContext;
        connectors.all().forEach(this::addRoutes);
    }

    @EventListener
    public synchronized void onReload(Connectors.ConnectorsReloaded reloaded) throws Exception {
        if (camel == null) {
            return;
        }
        for (Route route : new ArrayList<>(camel.getRoutes())) {
            if (isConnectorRoute(route.getRouteId())) {
                camel.getRouteController().stopRoute(route.getRouteId());
                camel.removeRoute(route.getRouteId());
            }
        }
        connectors.all().forEach(this::addRoutes);
    }

    private void addRoutes(Connector connector) {
        try {
            addFolderRoute(connector, "peppol", "ubl");
            addFolderRoute(connector, "csv", "csv");
            if (connector.channels().sftpPull() != null) {
                addPullRoute(connector, connector.channels().sftpPull());
            }
        } catch (Exception e) {
            throw new ConnectorDefinitionException("routes of connector '" + connector.id() + "' cannot start", e);
        }
    }

    private void addFolderRoute(Connector connector, String folder, String format) throws Exception {
        String routeId = TemplatedRouteBuilder.builder(camel, "inbound-folder")
                .routeId(PREFIX + folder + "." + connector.id())
                .parameter("connectorId", connector.id())
                .parameter("inboxDir", folder("inbox", connector.id(), folder))
                .parameter("quarantineDir", folder("quarantine", connector.id(), folder))
                .parameter("format", format)
                .parameter("channel", "folder")
                .add();
        log.info("Inbound route started: connector='{}' route='{}'.", connector.id(), routeId);
    }

    private void addPullRoute(Connector connector, Connector.SftpPull pull) throws Exception {
        String password = pull.password() == null ? "" : ConnectorSecrets.value(pull.password(), environment)
                .orElseThrow(() -> new ConnectorDefinitionException(connector.folder().resolve("connector.yaml")
                        + ": field 'channels.sftp-pull.password-env' names '" + pull.password().env()
                        + "', which is not set"));
        String inbox = folder("inbox", connector.id(), "csv".equals(pull.format()) ? "csv" : "peppol");
        String pollStrategy = "sftpPullPolling-" + connector.id();
        camel.getRegistry().bind(pollStrategy, new SingleNodePolling(singleNode, Path.of(inbox), pull.batchFiles()));
        String routeId = TemplatedRouteBuilder.builder(camel, "inbound-sftp-pull")
                .routeId(PREFIX + "sftp-pull." + connector.id())
                .parameter("connectorId", connector.id())
                .parameter("host", pull.host())
                .parameter("port", String.valueOf(pull.port()))
                .parameter("directory", pull.directory())
                .parameter("username", pull.username())
                .parameter("password", password)
                .parameter("privateKeyFile", pull.privateKey() == null ? "" : pull.privateKey().toString())
                .parameter("knownHostsFile", pull.knownHosts().toString())
                .parameter("delayMs", String.valueOf(pull.delaySeconds() * 1000L))
                .parameter("batchFiles", String.valueOf(pull.batchFiles()))
                .parameter("pollStrategy", pollStrategy)
                .parameter("targetDir", inbox)
                .add();
        log.info("Inbound route started: connector='{}' route='{}' host='{}'.", connector.id(), routeId, pull.host());
    }

    private static boolean isConnectorRoute(String routeId) {
        return routeId != null && KINDS.stream().anyMatch(kind -> routeId.startsWith(PREFIX + kind + "."));
    }

    private String folder(String area, String connectorId, String channel) {
        return settings.dataDir().resolve(area).resolve(connectorId).resolve(channel).toAbsolutePath().toString();
    }
}
