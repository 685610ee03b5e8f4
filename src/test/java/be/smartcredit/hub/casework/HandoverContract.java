package be.smartcredit.hub.casework;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The published contract, {@code docs/casework-openapi.yaml}, as a checker of the JSON the hub sends. */
final class HandoverContract {

    static final Path FILE = Path.of("docs", "casework-openapi.yaml");

    private final Map<String, Object> schemas;

    @SuppressWarnings("unchecked")
    HandoverContract() {
        try (InputStream in = Files.newInputStream(FILE)) {
            Map<String, Object> document = new Yaml().load(in);
            schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way {@code json} breaks the schema's required fields, types and enums; empty when it keeps them. */
    List<String> violations(String schema, JsonNode json) {
        List<String> found = new ArrayList<>();
        check(schemaNamed(schema), json, schema, found);
        return found;
    }

    @SuppressWarnings("unchecked")
    private void check(Map<String, Object> schema, JsonNode json, String where, List<String> found) {
        if (schema.containsKey("$ref")) {
            String ref = (String) schema.get("$ref");
            check(schemaNamed(ref.substring(ref.lastIndexOf('/') + 1)), json, where, found);
            return;
        }
        String type = (String) schema.getOrDefault("type", "object");
        if (!typeMatches(type, json)) {
            found.add(where + " is not " + type + ": " + json);
            return;
        }
        List<Object> allowed = (List<Object>) schema.get("enum");
        if (allowed != null && allowed.stream().noneMatch(v -> v.toString().equals(json.asText()))) {
            found.add(where + " is '" + json.asText() + "', not one of " + allowed);
        }
        if ("array".equals(type)) {
            for (int i = 0; i < json.size(); i++) {
                check((Map<String, Object>) schema.get("items"), json.get(i), where + "[" + i + "]", found);
            }
        } else if ("object".equals(type)) {
            ((List<String>) schema.getOrDefault("required", List.of())).stream().filter(f -> !json.hasNonNull(f))
                    .forEach(f -> found.add(where + "." + f + " is missing"));
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            properties.forEach((name, property) -> {
                if (json.hasNonNull(name)) {
                    check((Map<String, Object>) property, json.get(name), where + "." + name, found);
                }
            });
        }
    }

    private static boolean typeMatches(String type, JsonNode json) {
        return switch (type) {
            case "object" -> json.isObject();
            case "array" -> json.isArray();
            case "string" -> json.isTextual();
            case "integer" -> json.isIntegralNumber();
            case "number" -> json.isNumber();
            case "boolean" -> json.isBoolean();
            default -> false;
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> schemaNamed(String name) {
        Map<String, Object> schema = (Map<String, Object>) schemas.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("the contract has no schema " + name);
        }
        return schema;
    }
}
