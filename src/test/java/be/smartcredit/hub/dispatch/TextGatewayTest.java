package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.platform.HubSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private TextGateway gateway(String template) {
        ChannelSettings.Gateway settings = new ChannelSettings.Gateway(null, "/messages", null, template,
                "Idempotency-Key", "id", 5, null, null);
        HubSettings hub = new HubSettings(data, data, null, null, null, null, null, null);
        return new TextGateway(Channel.SMS, settings, hub, JSON, HttpClient.newHttpClient());
    }

    @Test
    void fillsPlaceholdersAsJsonValuesSoQuotesInATextCannotBreakTheBody() {
        TextGateway gateway = gateway("classpath:gateways/generic-sms.json");

        JsonNode body = gateway.body(Map.of("to", "+32470123456", "text", "Pay \"now\", {\"x\": 1}\n",
                "reference", "action-7-sms", "sender", "Demo"));

        assertThat(body.get("to").asText()).isEqualTo("+32470123456");
        assertThat(body.get("text").asText()).isEqualTo("Pay \"now\", {\"x\": 1}\n");
        assertThat(body.get("reference").asText()).isEqualTo("action-7-sms");
        assertThat(body.size()).isEqualTo(4);
    }

    @Test
    void fillsNestedTemplatesAndWritesToTheOutboxWithoutAGateway() throws Exception {
        TextGateway gateway = gateway("classpath:gateways/generic-whatsapp.json");

        String id = gateway.send("action-8-whatsapp", Map.of("to", "+32470123456", "text", "Hallo",
                "reference", "action-8-whatsapp"));

        JsonNode written = JSON.readTree(data.resolve("outbox/sms/action-8-whatsapp.json").toFile());
        assertThat(id).isEqualTo("file:action-8-whatsapp.json");
        assertThat(written.at("/text/body").asText()).isEqualTo("Hallo");
        assertThat(written.get("messaging_product").asText()).isEqualTo("whatsapp");
    }
}
