package be.smartcredit.hub.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentReferenceTest {

    @Test
    void printsACreditorReferenceInGroupsOfFourAndCarriesItWithoutSpaces() {
        PaymentReference reference = PaymentReference.creditorReference("rf18539007547034");

        assertThat(reference.printed()).isEqualTo("RF18 5390 0754 7034");
        assertThat(reference.electronic()).isEqualTo("RF18539007547034");
        assertThat(reference.isCreditorReference()).isTrue();
    }

    @Test
    void acceptsTheLongestCreditorReference() {
        PaymentReference reference = PaymentReference.creditorReference("RF95 ABCD EFGH IJKL MNOP QRST U");

        assertThat(reference.electronic()).hasSize(25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RF19539007547034", "RF18539007547035", "RF18", "XX18539007547034",
            "RF18 5390 0754 7034 ABCD EFGH IJ", "RF18-5390"})
    void refusesWhatIsNoValidCreditorReference(String text) {
        assertThatThrownBy(() -> PaymentReference.creditorReference(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RF");
    }

    @Test
    void readsAStructuredCommunicationOrAnRfReferenceFromAnInvoice() {
        assertThat(PaymentReference.parseOrNull("+++123/4567/89002+++")).isEqualTo(Letters.OGM);
        assertThat(PaymentReference.parseOrNull(" RF18 5390 0754 7034 ")).isEqualTo(Letters.RF);
        assertThat(PaymentReference.parseOrNull("Snippet1")).isNull();
        assertThat(PaymentReference.parseOrNull(null)).isNull();
    }

    @Test
    void putsAnRfReferenceOnLineTenOfTheQrCode() {
        EpcPayload payload = EpcPayload.of("Zonnebloem", ReminderLetters.IBAN, null, new BigDecimal("25.00"),
                Letters.RF);

        assertThat(payload.text().split("\n", -1)).hasSize(10).endsWith("RF18539007547034");
    }
}
