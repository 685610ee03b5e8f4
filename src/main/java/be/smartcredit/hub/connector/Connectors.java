package be.smartcredit.hub.connector;

import be.smartcredit.hub.platform.HubSettings;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The connectors in force, read once at start-up from the connectors folder. */
@Component
public class Connectors {

    private static final Logger log = LoggerFactory.getLogger(Connectors.class);

    private final Map<String, Connector> byId;

    public Connectors(HubSettings settings) {
        this.byId = new ConnectorReader().readAll(settings.connectorsDir());
        byId.values().forEach(c -> log.info("Connector loaded: connector='{}' mode='{}'.", c.id(), c.mode()));
    }

    public Collection<Connector> all() {
        return byId.values();
    }

    public Optional<Connector> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Connector get(String id) {
        return find(id).orElseThrow(() -> new ConnectorDefinitionException("no connector with id '" + id + "'"));
    }
}
