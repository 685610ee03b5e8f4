package be.smartcredit.hub.connector;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.slf4j.LoggerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads and checks {@code <folder>/connector.yaml} for every folder under the connectors directory; other files in
 * a connector folder (letterheads, keys, {@code dispatch.yaml}) are left to whoever uses them.
 */
class ConnectorReader {

    static final String FILE_NAME = "connector.yaml";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    Map<String, Connector> readAll(Path connectorsDir) {
        if (!Files.isDirectory(connectorsDir)) {
            throw new ConnectorDefinitionException("connectors folder '" + connectorsDir.toAbsolutePath()
                    + "' does not exist (set smartcredit.connectors-dir)");
        }
        Map<String, Connector> connectors = new TreeMap<>();
        for (Path folder : folders(connectorsDir)) {
            Connector connector = read(folder);
            connectors.put(connector.id(), connector);
        }
        return connectors;
    }

    Connector read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            ConnectorFile parsed = yaml.readValue(file.toFile(), ConnectorFile.class);
            if (parsed == null) {
                throw new ConnectorDefinitionException(file + ": the file is empty");
            }
            return parsed.toConnector(folder.toAbsolutePath(), file);
        } catch (JsonMappingException e) {
            String reason = e.getOriginalMessage();
            throw new ConnectorDefinitionException(file + ": field '" + fieldPath(e) + "': " + reason, e);
        } catch (IOException e) {
            throw new ConnectorDefinitionException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Path> folders(Path connectorsDir) {
        try (Stream<Path> children = Files.list(connectorsDir)) {
            List<Path> folders = children.filter(Files::isDirectory).sorted().toList();
            folders.stream().filter(p -> !Files.isRegularFile(p.resolve(FILE_NAME)))
                    .forEach(p -> LoggerFactory.getLogger(ConnectorReader.class).warn(
                            "Folder '{}' has no {} and is not a connector.", p, FILE_NAME));
            return folders.stream().filter(p -> Files.isRegularFile(p.resolve(FILE_NAME))).toList();
        } catch (IOException e) {
            throw new ConnectorDefinitionException("connectors folder '" + connectorsDir + "' cannot be listed", e);
        }
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
