package be.smartcredit.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorReaderTest {

    @TempDir
    Path connectors;

    @Test
    void readsTheShippedDemoConnector() {
        Connector demo = new ConnectorReader().readAll(Path.of("connectors")).get("demo");

        assertThat(demo.name()).isEqualTo("Demo Facility Services BV");
        assertThat(demo.mode()).isEqualTo(Connector.Mode.SILENT);
        assertThat(demo.iban()).isEqualTo("BE07363001234566");
        assertThat(demo.reminders().secondAfterDays()).isEqualTo(14);
        assertThat(demo.acceptsSeller(List.of("0088:9482348239847239874"))).isTrue();
        assertThat(demo.acceptsSeller(List.of("be 0123.456.749"))).isTrue();
        assertThat(demo.acceptsSeller(List.of("BE0999999999"))).isFalse();
    }

    @Test
    void namesTheFileAndFieldOfAMistake() throws IOException {
        Path folder = Files.createDirectories(connectors.resolve("acme"));
        Files.writeString(folder.resolve("connector.yaml"), """
                id: acme
                name: Acme
                enterprise-number: "0765.432.146"
                iban: BE07363001234566
                mode: loud
                language: nl
                address: {street: Rue 1, postcode: "1000", city: Bruxelles, country-code: BE}
                """);

        assertThatThrownBy(() -> new ConnectorReader().readAll(connectors))
                .isInstanceOf(ConnectorDefinitionException.class)
                .hasMessageContaining("acme/connector.yaml")
                .hasMessageContaining("field 'mode' has 'loud'");
    }

    @Test
    void namesAnUnknownField() throws IOException {
        Path folder = Files.createDirectories(connectors.resolve("acme"));
        Files.writeString(folder.resolve("connector.yaml"), "id: acme\ncolour: blue\n");

        assertThatThrownBy(() -> new ConnectorReader().readAll(connectors))
                .hasMessageContaining("acme/connector.yaml")
                .hasMessageContaining("colour");
    }
}
