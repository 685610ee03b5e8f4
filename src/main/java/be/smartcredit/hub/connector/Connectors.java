package be.smartcredit.hub.connector;

import be.smartcredit.hub.platform.HubSettings;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The connectors in force, read at start-up from the connectors folder and again on an admin's reload. */
@Component
public class Connectors {

    private static final Logger log = LoggerFactory.getLogger(Connectors.class);

    private final HubSettings settings;
    private final ApplicationEventPublisher events;
    private volatile Map<String, Connector> byId;

    public Connectors(HubSettings settings, ApplicationEventPublisher events) {
        this.settings = settings;
        this.events = events;
        this.byId = new ConnectorReader().readAll(settings.connectorsDir());
        byId.values().forEach(c -> log.info("Connector loaded: connector='{}' mode='{}' validation='{}'.", c.id(),
                c.mode(), c.validation()));
    }

    public Collection<Connector> all() {
        return byId.values();
    }

    public Optional<Connector> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Connector get(String id) {
        return find(id).orElseThrow(() -> new ConnectorDefinitionException("no connector with id '" + id + "'"));
    }

    /**
     * Reads the connectors folder again; a folder with a mistake fails the whole reload and leaves the connectors
     * in force as they were.
     */
    public synchronized ConnectorsReloaded reload() {
        Map<String, Connector> fresh = new ConnectorReader().readAll(settings.connectorsDir());
        Set<String> removed = new TreeSet<>(byId.keySet());
        removed.removeAll(fresh.keySet());
        Set<String> added = new TreeSet<>(fresh.keySet());
        added.removeAll(byId.keySet());

        byId = fresh;
        ConnectorsReloaded reloaded = new ConnectorsReloaded(new TreeSet<>(fresh.keySet()), added, removed);
        log.info("Connectors reloaded: connectors='{}' added='{}' removed='{}'.", reloaded.connectors(), added,
                removed);
        events.publishEvent(reloaded);
        return reloaded;
    }

    /** Published after a reload: the connectors now in force, and which came and went. */
    public record ConnectorsReloaded(Set<String> connectors, Set<String> added, Set<String> removed) {
    }
}
