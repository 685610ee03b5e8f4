package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.smartcredit.hub.connector.ConnectorDefinitionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelRulesReaderTest {

    @TempDir
    Path folder;

    @Test
    void givesTheDefaultWhenTheConnectorHasNoDispatchFile() {
        ChannelRules rules = new ChannelRulesReader().read(folder);

        assertThat(rules).isEqualTo(ChannelRules.DEFAULT);
    }

    @Test
    void readsChannelsPerStepWithTheirMode() throws IOException {
        Files.writeString(folder.resolve("dispatch.yaml"), """
                channels: [email, post]
                steps:
                  reminder-2:
                    channels: [post, sms]
                    mode: all
                registered-formal-notice: true
                """);

        ChannelRules rules = new ChannelRulesReader().read(folder);

        assertThat(rules.forStep("REMINDER_1").channels()).containsExactly(Channel.EMAIL, Channel.POST);
        assertThat(rules.forStep("REMINDER_1").mode()).isEqualTo(ChannelRules.DeliveryMode.FIRST);
        assertThat(rules.forStep("REMINDER_2").channels()).containsExactly(Channel.POST, Channel.SMS);
        assertThat(rules.forStep("REMINDER_2").mode()).isEqualTo(ChannelRules.DeliveryMode.ALL);
        assertThat(rules.registeredFormalNotice()).isTrue();
    }

    @Test
    void namesTheFileAndFieldOfAnUnknownChannelAndStep() throws IOException {
        Files.writeString(folder.resolve("dispatch.yaml"), """
                channels: [email, pigeon]
                steps:
                  reminder-9:
                    channels: [post]
                """);

        assertThatThrownBy(() -> new ChannelRulesReader().read(folder))
                .isInstanceOf(ConnectorDefinitionException.class)
                .hasMessageContaining(folder.resolve("dispatch.yaml").toString())
                .hasMessageContaining("field 'channels' has 'pigeon'")
                .hasMessageContaining("field 'steps.reminder-9' is not a step");
    }

    @Test
    void namesAnUnknownFieldAndABadMode() throws IOException {
        Files.writeString(folder.resolve("dispatch.yaml"), "channels: [post]\nmode: sometimes\n");
        Path other = Files.createDirectories(folder.resolve("other"));
        Files.writeString(other.resolve("dispatch.yaml"), "chanels: [post]\n");

        assertThatThrownBy(() -> new ChannelRulesReader().read(folder))
                .hasMessageContaining("field 'mode' has 'sometimes', expected first or all");
        assertThatThrownBy(() -> new ChannelRulesReader().read(other))
                .hasMessageContaining("field 'chanels'");
    }

    @Test
    void readsTheShippedDemoFile() {
        ChannelRules rules = new ChannelRulesReader().read(Path.of("connectors/demo"));

        assertThat(rules.defaults().channels()).isEqualTo(List.of(Channel.EMAIL, Channel.POST));
        assertThat(rules.defaults().mode()).isEqualTo(ChannelRules.DeliveryMode.ALL);
    }
}
