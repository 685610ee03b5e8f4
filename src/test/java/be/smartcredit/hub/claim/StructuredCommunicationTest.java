package be.smartcredit.hub.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StructuredCommunicationTest {

    @Test
    void computesCheckDigitsModulo97() {
        StructuredCommunication communication = StructuredCommunication.fromBase(1234567890L);

        assertThat(communication.digits()).isEqualTo("123456789002");
        assertThat(communication.formatted()).isEqualTo("+++123/4567/89002+++");
    }

    @Test
    void usesNinetySevenWhenTheRemainderIsZero() {
        StructuredCommunication communication = StructuredCommunication.fromBase(97L);

        assertThat(communication.digits()).isEqualTo("000000009797");
    }

    @Test
    void readsThePrintedAndTheStarredForms() {
        assertThat(StructuredCommunication.parse("+++123/4567/89002+++")).map(StructuredCommunication::digits)
                .contains("123456789002");
        assertThat(StructuredCommunication.parse("***123/4567/89002***")).isPresent();
        assertThat(StructuredCommunication.parse(" 123456789002 ")).isPresent();
    }

    @Test
    void rejectsAWrongCheckOrLength() {
        assertThat(StructuredCommunication.parse("+++123/4567/89003+++")).isEmpty();
        assertThat(StructuredCommunication.parse("12345678900")).isEmpty();
        assertThat(StructuredCommunication.parse("INV-2024-001")).isEmpty();
        assertThatThrownBy(() -> new StructuredCommunication("123456789003"))
                .hasMessageContaining("mod-97");
    }

    @Test
    void skipsOnlyTheUsualSeparatorsAndRefusesAnythingElse() {
        assertThat(StructuredCommunication.parse("123.4567.89002")).isPresent();
        assertThat(StructuredCommunication.parse("123-4567-89002\t")).isPresent();
        assertThat(StructuredCommunication.parse("+++123/4567/89002+++ x")).isEmpty();
        assertThat(StructuredCommunication.parse("1234567890021")).as("thirteen digits").isEmpty();
        assertThat(StructuredCommunication.parse("+++123/4567/８9002+++")).as("a full-width digit").isEmpty();
        assertThat(StructuredCommunication.parse("")).isEmpty();
        assertThatThrownBy(() -> new StructuredCommunication("12345678900２"))
                .hasMessageContaining("12 digits");
    }
}
