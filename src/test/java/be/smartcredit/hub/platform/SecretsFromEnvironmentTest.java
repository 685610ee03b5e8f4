package be.smartcredit.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped settings hold no secret: every password, token, secret or key is empty or read from the environment. */
class SecretsFromEnvironmentTest {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|private-key|credential).*");
    private static final Pattern EMPTY_OR_ENVIRONMENT = Pattern.compile("^(|\\$\\{[A-Z0-9_]+:\\})$");

    @Test
    void shipsNoSecretWithAValue() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        try (InputStream yaml = getClass().getResourceAsStream("/application.yml")) {
            flatten("", new ObjectMapper(new YAMLFactory()).readTree(yaml), settings);
        }

        Map<String, String> secrets = new LinkedHashMap<>();
        settings.forEach((key, value) -> {
            if (SECRET.matcher(key).matches()) {
                secrets.put(key, value);
            }
        });

        assertThat(secrets).containsKeys("smartcredit.security.admin-password", "smartcredit.payments.webhook-secret",
                "smartcredit.portal.pay-link-secret");
        assertThat(secrets).allSatisfy((key, value) -> assertThat(value).as(key).matches(EMPTY_OR_ENVIRONMENT));
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(prefix.isEmpty() ? field.getKey()
                    : prefix + "." + field.getKey(), field.getValue(), into));
        } else {
            into.put(prefix, node.isNull() ? "" : node.asText());
        }
    }
}
