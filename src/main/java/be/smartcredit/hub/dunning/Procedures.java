package be.smartcredit.hub.dunning;

import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.platform.HubSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The procedures in force: the shipped ones ({@code procedures/*.yaml} on the classpath) and those in
 * {@code smartcredit.procedures-dir}, read and checked once at start-up.
 */
@Component
public class Procedures {

    /** The procedure a connector follows when it names none. */
    public static final String DEFAULT = "default";

    private static final Logger log = LoggerFactory.getLogger(Procedures.class);

    private final Map<String, Procedure> byName = new TreeMap<>();
    private final ProcedureReader reader = new ProcedureReader();

    public Procedures(HubSettings settings) {
        readShipped();
        if (settings.proceduresDir() != null) {
            readFolder(settings.proceduresDir());
        }
        if (!byName.containsKey(DEFAULT)) {
            throw new ProcedureDefinitionException("no procedure named '" + DEFAULT + "' was found");
        }
        byName.values().forEach(p -> log.info("Procedure loaded: procedure='{}' steps='{}'.", p.name(),
                p.steps().size()));
    }

    public Optional<Procedure> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Procedure get(String name) {
        return find(name).orElseThrow(() -> new ProcedureDefinitionException("no procedure named '" + name + "'"));
    }

    /** The name of the procedure a connector follows (its {@code procedure:} field). */
    public String nameFor(Connector connector) {
        return connector.procedure() == null ? DEFAULT : connector.procedure();
    }

    /** Stops the start when a connector names a procedure that does not exist. */
    public void requireProceduresOf(java.util.Collection<Connector> connectors) {
        for (Connector connector : connectors) {
            if (find(nameFor(connector)).isEmpty()) {
                throw new ProcedureDefinitionException(connector.folder().resolve("connector.yaml")
                        + ": field 'procedure' names '" + nameFor(connector) + "', but the procedures are "
                        + byName.keySet());
            }
        }
    }

    private void readShipped() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
                    "classpath*:procedures/*.yaml")) {
                add(reader.read("procedures/" + resource.getFilename(), resource.getContentAsByteArray()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped procedures", e);
        }
    }

    private void readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ProcedureDefinitionException("procedures folder '" + folder.toAbsolutePath()
                    + "' does not exist (smartcredit.procedures-dir)");
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                add(reader.read(file.toString(), Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read procedures folder " + folder, e);
        }
    }

    private void add(Procedure procedure) {
        byName.put(procedure.name(), procedure);
    }
}
