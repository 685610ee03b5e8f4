package be.smartcredit.hub.dunning.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CollectionFeesTest {

    @Test
    void removesTheCollectorsFeeFromAConsumersBill() {
        Ruling<BigDecimal> fee = CollectionFees.chargeable(DebtorType.CONSUMER, new BigDecimal("25"));

        assertThat(fee.value()).isEqualByComparingTo("0");
        assertThat(fee.reasons()).singleElement().asString().contains("may not bill a consumer", "EUR 25.00");
    }

    @Test
    void passesABusinessFeeOnAsAsked() {
        Ruling<BigDecimal> fee = CollectionFees.chargeable(DebtorType.BUSINESS, new BigDecimal("25"));

        assertThat(fee.value()).isEqualByComparingTo("25.00");
        assertThat(fee.corrected()).isFalse();
    }
}
