package be.smartcredit.hub.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class EpcPayloadTest {

    static final String SAMPLE_PAYLOAD = String.join("\n",
            "BCD", "002", "1", "SCT", "GKCCBEBB", "Zonnebloem Verwarming BV", "BE68539007547034", "EUR1684.56", "",
            "123456789002");

    @Test
    void carriesTheTransferOfTheTotalWithTheStructuredCommunication() {
        ReminderLetter letter = ReminderLetters.sample();

        EpcPayload payload = EpcPayload.forLetter(letter).orElseThrow();

        assertThat(payload.text()).isEqualTo(SAMPLE_PAYLOAD);
    }

    @Test
    void leavesTheBicEmptyWhenTheCreditorGaveNone() {
        BigDecimal amount = new BigDecimal("12.3");

        EpcPayload payload = EpcPayload.of("Zonnebloem", "be68 5390 0754 7034", null, amount,
                ReminderLetters.COMMUNICATION);

        assertThat(payload.text())
                .isEqualTo("BCD\n002\n1\nSCT\n\nZonnebloem\nBE68539007547034\nEUR12.30\n\n123456789002");
    }

    @Test
    void cutsALongNameToSeventyCharactersWithoutSplittingACharacter() {
        String name = "Ø".repeat(60) + "𝔄".repeat(20);

        EpcPayload payload = EpcPayload.of(name, ReminderLetters.IBAN, null, BigDecimal.TEN,
                ReminderLetters.COMMUNICATION);

        String printedName = payload.text().split("\n")[5];
        assertThat(printedName.codePointCount(0, printedName.length())).isEqualTo(70);
        assertThat(printedName).isEqualTo("Ø".repeat(60) + "𝔄".repeat(10));
    }

    @Test
    void cutsTheNameFurtherWhenItsBytesWouldOverflowTheCode() {
        String name = "😀".repeat(70);

        EpcPayload payload = EpcPayload.of(name, ReminderLetters.IBAN, ReminderLetters.BIC, EpcPayload.MAX_AMOUNT,
                ReminderLetters.COMMUNICATION);

        assertThat(payload.utf8()).hasSizeLessThanOrEqualTo(EpcPayload.MAX_BYTES);
        assertThat(payload.text().split("\n")[5]).matches("(😀)+");
    }

    @Test
    void putsTheNameOnOneLine() {
        EpcPayload payload = EpcPayload.of("Zonnebloem\nVerwarming\tBV", ReminderLetters.IBAN, null, BigDecimal.ONE,
                ReminderLetters.COMMUNICATION);

        assertThat(payload.text().split("\n")[5]).isEqualTo("Zonnebloem Verwarming BV");
    }

    @Test
    void givesNoCodeForALetterInAnotherCurrency() {
        ReminderLetter letter = ReminderLetters.withCurrency(ReminderLetters.sample(), Currency.getInstance("USD"));

        assertThat(EpcPayload.forLetter(letter)).isEmpty();
    }

    @Test
    void acceptsTheSmallestAndTheLargestAmount() {
        assertThat(payloadFor("0.01").text()).contains("\nEUR0.01\n");
        assertThat(payloadFor("999999999.99").text()).contains("\nEUR999999999.99\n");
    }

    @Test
    void refusesAmountsTheCodeCannotCarry() {
        assertThatThrownBy(() -> payloadFor("0.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> payloadFor("-5.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> payloadFor("1000000000.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> payloadFor("10.005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnIbanWithWrongCheckDigits() {
        assertThatThrownBy(() -> EpcPayload.of("Zonnebloem", "BE69539007547034", null, BigDecimal.TEN,
                ReminderLetters.COMMUNICATION)).isInstanceOf(IllegalArgumentException.class);
    }

    private static EpcPayload payloadFor(String amount) {
        return EpcPayload.of("Zonnebloem", ReminderLetters.IBAN, null, new BigDecimal(amount),
                ReminderLetters.COMMUNICATION);
    }
}
