package be.smartcredit.hub.payment.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Structured references: the OGM and ISO 11649 RF checks, and references typed into free text. */
class PaymentReferenceTest {

    @Test
    void acceptsTheRfReferenceFromTheStandardsExample() {
        assertThat(PaymentReference.rf("RF18 5390 0754 7034")).map(PaymentReference::value)
                .contains("RF18539007547034");
    }

    @Test
    void refusesAnRfReferenceWithWrongCheckDigits() {
        assertThat(PaymentReference.rf("RF19 5390 0754 7034")).isEmpty();
    }

    @Test
    void buildsAnRfReferenceThatPassesItsOwnCheck() {
        PaymentReference built = PaymentReference.creditorReference("539007547034");

        assertThat(built.value()).isEqualTo("RF18539007547034");
        assertThat(built.body()).isEqualTo("539007547034");
    }

    @Test
    void findsAnOgmTypedIntoFreeText() {
        assertThat(PaymentReference.findIn("betaling +++090/9337/55493+++ dank u"))
                .map(PaymentReference::value).contains("090933755493");
    }

    @Test
    void findsAnRfReferenceTypedIntoFreeText() {
        assertThat(PaymentReference.findIn("ref rf18 5390 0754 7034 merci")).map(PaymentReference::value)
                .contains("RF18539007547034");
    }

    @Test
    void ignoresAnOgmThatFailsTheCheckInFreeText() {
        assertThat(PaymentReference.findIn("+++090/9337/55494+++")).isEmpty();
        assertThat(PaymentReference.looksLikeBrokenOgm("090/9337/55494")).isTrue();
    }
}
