package be.smartcredit.hub.payment.coda;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.claim.StructuredCommunication;
import org.junit.jupiter.api.Test;

/** Reading a joined communication zone into free text or a typed structured communication. */
class CodaCommunicationTest {

    @Test
    void readsAReconstitutedOgmOfType102() {
        String zone = "102" + "269021157996" + " ".repeat(38);

        CodaCommunication communication = CodaCommunication.read(true, zone);

        assertThat(communication.structuredCommunication()).map(StructuredCommunication::formatted)
                .contains("+++269/0211/57996+++");
        assertThat(communication.flag()).isEqualTo(CommunicationFlag.NONE);
    }

    @Test
    void flagsAShortOgmInsteadOfFailing() {
        CodaCommunication communication = CodaCommunication.read(true, "1011234567  ");

        assertThat(communication.structuredCommunication()).isEmpty();
        assertThat(communication.flag()).isEqualTo(CommunicationFlag.INVALID_STRUCTURED_COMMUNICATION);
        assertThat(communication.text()).isEqualTo("1234567");
    }

    @Test
    void neverReadsAnOgmFromFreeText() {
        CodaCommunication communication = CodaCommunication.read(false, "101269021157996   ");

        assertThat(communication.isStructured()).isFalse();
        assertThat(communication.structuredCommunication()).isEmpty();
        assertThat(communication.text()).isEqualTo("101269021157996");
    }

    @Test
    void treatsAStructuredFlagWithoutTypeCodeAsFreeText() {
        CodaCommunication communication = CodaCommunication.read(true, "   SEE ANNEX");

        assertThat(communication.isStructured()).isFalse();
        assertThat(communication.text()).isEqualTo("SEE ANNEX");
    }
}
