package be.smartcredit.hub.connector;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads and checks {@code <folder>/connector.yaml} for every folder under the connectors directory. */
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
            return parsed.toConnector(folder, file);
        } catch (JsonMappingException e) {
            String reason = e.getOriginalMessage();
            throw new ConnectorDefinitionException(file + ": field '" + fieldPath(e) + "': " + reason, e);
        } catch (IOException e) {
            throw new ConnectorDefinitionException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Path> folders(Path connectorsDir) {
        try (Stream<Path> children = Files.list(connectorsDir)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(FILE_NAME))).sorted().toList();
        } catch (IOException e) {
            throw new ConnectorDefinitionException("connectors folder '" + connectorsDir + "' cannot be listed", e);
        }
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /** The file's shape; checked and turned into a {@link Connector}. */
    record ConnectorFile(
            String id, String name, String enterpriseNumber, String vatId, Connector.Address address,
            String phone, String email, String iban, String bic, String mode, String language,
            List<String> acceptedSellers, Connector.Reminders reminders) {

        Connector toConnector(Path folder, Path file) {
            List<String> problems = new ArrayList<>();
            require(problems, "id", id, "[a-z0-9][a-z0-9-]{0,63}");
            require(problems, "name", name, ".{1,200}");
            require(problems, "enterprise-number", enterpriseNumber, "[01]\\d{3}\\.?\\d{3}\\.?\\d{3}");
            require(problems, "iban", iban == null ? null : iban.replace(" ", ""), "[A-Z]{2}\\d{2}[A-Z0-9]{10,30}");
            require(problems, "language", language, "nl|fr|de|en");
            require(problems, "mode", mode == null ? null : mode.toLowerCase(Locale.ROOT), "silent|agency");
            if (address == null) {
                problems.add("field 'address' is missing");
            }
            if (id != null && !id.equals(folder.getFileName().toString())) {
                problems.add("field 'id' is '" + id + "' but the folder is '" + folder.getFileName() + "'");
            }
            if (!problems.isEmpty()) {
                throw new ConnectorDefinitionException(file + ": " + String.join("; ", problems));
            }
            return new Connector(id, name, enterpriseNumber, vatId, address, phone, email, iban.replace(" ", ""),
                    bic, Connector.Mode.valueOf(mode.toUpperCase(Locale.ROOT)), language,
                    acceptedSellers == null ? List.of() : List.copyOf(acceptedSellers),
                    reminders == null ? new Connector.Reminders(1, 14, 30) : reminders, folder);
        }

        private static void require(List<String> problems, String field, String value, String pattern) {
            if (value == null || value.isBlank()) {
                problems.add("field '" + field + "' is missing");
            } else if (!value.matches(pattern)) {
                problems.add("field '" + field + "' has '" + value + "', expected " + pattern);
            }
        }
    }
}
