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
    void readsTheStepsAClientWantsToApprove() throws IOException {
        Path folder = acme("approvals: [MEDIATOR_VISIT, LAWYER_LETTER, BAILIFF_NOTICE, JUDICIAL_RECOVERY]\n");

        Connector acme = new ConnectorReader().read(folder);

        assertThat(acme.approvals()).containsExactly("MEDIATOR_VISIT", "LAWYER_LETTER", "BAILIFF_NOTICE",
                "JUDICIAL_RECOVERY");
        assertThat(new ConnectorReader().readAll(Path.of("connectors")).get("demo").approvals()).isEmpty();
    }

    @Test
    void namesTheFileAndTheEntryOfAnApprovalThatIsNoStep() throws IOException {
        Path folder = acme("approvals: [LAWYER_LETTER, COURT]\n");

        assertThatThrownBy(() -> new ConnectorReader().read(folder))
                .isInstanceOf(ConnectorDefinitionException.class)
                .hasMessageContaining("acme/connector.yaml")
                .hasMessageContaining("field 'approvals[1]' has 'COURT', expected one of [FORMAL_NOTICE");
    }

    private Path acme(String extra) throws IOException {
        Path folder = Files.createDirectories(connectors.resolve("acme"));
        Files.writeString(folder.resolve("connector.yaml"), """
                id: acme
                name: Acme
                enterprise-number: "0765.432.146"
                iban: BE07363001234566
                mode: silent
                language: nl
                address: {street: Rue 1, postcode: "1000", city: Bruxelles, country-code: BE}
                """ + extra);
        return folder;
    }

    @Test
    void namesAnUnknownField() throws IOException {
        Path folder = Files.createDirectories(connectors.resolve("acme"));
        Files.writeString(folder.resolve("connector.yaml"), "id: acme\ncolour: blue\n");

        assertThatThrownBy(() -> new ConnectorReader().readAll(connectors))
                .hasMessageContaining("acme/connector.yaml")
                .hasMessageContaining("colour");
    }

    @Test
    void readsTwoTestConnectorsWithTheirOwnLayoutsAndPolicies() {
        var all = new ConnectorReader().readAll(Path.of("src/test/resources/connectors"));

        Connector north = all.get("north");
        Connector south = all.get("south");
        assertThat(north.validation()).isEqualTo(Connector.ValidationPolicy.LENIENT);
        assertThat(south.validation()).isEqualTo(Connector.ValidationPolicy.STRICT);
        assertThat(north.csv().delimiter()).isEqualTo(';');
        assertThat(south.csv().columns()).containsEntry("number", "1");
        assertThat(south.csv().allOrNothing()).isTrue();
        assertThat(south.maxFileBytes()).isEqualTo(200_000);
        assertThat(north.debtors().defaultType()).isEqualTo(Connector.DebtorType.CONSUMER);
        assertThat(north.channels().sftpInbox().password().env()).isEqualTo("NORTH_SFTP_PASSWORD");
        assertThat(south.isPeppolParticipant("iso6523-actorid-upis::0208:0202239951")).isTrue();
        assertThat(north.isPeppolParticipant("0208:0202239951")).isFalse();
    }

    @Test
    void namesEveryWrongChannelAndCsvField() throws IOException {
        Path folder = Files.createDirectories(connectors.resolve("acme"));
        Files.writeString(folder.resolve("connector.yaml"), """
                id: acme
                name: Acme
                enterprise-number: "0765.432.146"
                iban: BE07363001234566
                mode: silent
                language: nl
                validation: picky
                letterhead: ../../etc/passwd
                address: {street: Rue 1, postcode: "1000", city: Bruxelles, country-code: BE}
                channels:
                  http: {}
                  sftp-pull: {host: 127.0.0.1, username: hub, password-hash: "{bcrypt}x"}
                csv:
                  charset: klingon
                  columns: {number: 1, colour: 2}
                """);

        assertThatThrownBy(() -> new ConnectorReader().readAll(connectors))
                .hasMessageContaining("acme/connector.yaml")
                .hasMessageContaining("field 'validation' has 'picky'")
                .hasMessageContaining("field 'letterhead' names '../../etc/passwd', which is outside")
                .hasMessageContaining("field 'channels.http' needs token-hash or token-env")
                .hasMessageContaining("field 'channels.sftp-pull.known-hosts' is missing")
                .hasMessageContaining("'channels.sftp-pull.password-hash' cannot be used")
                .hasMessageContaining("field 'csv.charset' has 'klingon'")
                .hasMessageContaining("field 'csv.columns.colour' is not a claim field")
                .hasMessageContaining("field 'csv.columns.amount' is missing");
    }

    @Test
    void ignoresOtherFilesInAConnectorFolder() throws IOException {
        Path folder = Files.createDirectories(connectors.resolve("demo"));
        Files.copy(Path.of("connectors/demo/connector.yaml"), folder.resolve("connector.yaml"));
        Files.writeString(folder.resolve("dispatch.yaml"), "channels: [print]\nanything: goes\n");

        assertThat(new ConnectorReader().readAll(connectors)).containsOnlyKeys("demo");
    }
}
