package be.smartcredit.hub.dunning.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsumerDamagesTest {

    @ParameterizedTest(name = "EUR {0} outstanding gives at most EUR {1}")
    @CsvSource({
        "0.01, 20.00",
        "100.00, 20.00",
        "150.00, 20.00",
        // 30 + 10% x 0.01 = 30.001, rounded half up to 30.00.
        "150.01, 30.00",
        // 30 + 10% x 150 = 45.
        "300.00, 45.00",
        // 30 + 10% x 350 = 65: the second band meets the third.
        "500.00, 65.00",
        // 65 + 5% x 0.01 = 65.0005, rounded to 65.00.
        "500.01, 65.00",
        // 65 + 5% x 0.10 = 65.005, rounded half up to 65.01.
        "500.10, 65.01",
        // 65 + 5% x 500 = 90.
        "1000.00, 90.00",
        // 65 + 5% x 38,700 = 2,000: the cap is reached exactly at EUR 39,200.
        "39200.00, 2000.00",
        // 65 + 5% x 38,700.20 = 2,000.01, capped.
        "39200.20, 2000.00",
        "250000.00, 2000.00"
    })
    void capsTheLumpSumByTheBookNineteenBands(BigDecimal outstanding, BigDecimal expected) {
        LumpSum lumpSum = ConsumerDamages.maximumFor(outstanding);

        assertThat(lumpSum.amount()).isEqualByComparingTo(expected);
        assertThat(lumpSum.amount().scale()).isEqualTo(2);
    }

    @Test
    void namesTheBandItApplied() {
        assertThat(ConsumerDamages.maximumFor(new BigDecimal("150.00")).rule()).contains("EUR 20", "XIX.4");
        assertThat(ConsumerDamages.maximumFor(new BigDecimal("150.01")).rule()).contains("EUR 30 plus 10%");
        assertThat(ConsumerDamages.maximumFor(new BigDecimal("39200.00")).rule()).doesNotContain("capped");
        assertThat(ConsumerDamages.maximumFor(new BigDecimal("39200.20")).rule()).contains("capped at EUR 2,000");
    }

    @Test
    void claimsNothingWhenNothingIsOutstanding() {
        assertThat(ConsumerDamages.maximumFor(BigDecimal.ZERO).amount()).isEqualByComparingTo("0");
    }

    @Test
    void refusesANegativeOutstandingAmount() {
        assertThatThrownBy(() -> ConsumerDamages.maximumFor(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outstanding amount");
    }

    @Test
    void keepsADamagesClauseThatStaysWithinTheMaximum() {
        DamagesClause fivePercentMinimum25 = new DamagesClause(new BigDecimal("5"), new BigDecimal("25"));

        Ruling<LumpSum> ruling = ConsumerDamages.withClause(new BigDecimal("1000.00"), fivePercentMinimum25);

        assertThat(ruling.value().amount()).isEqualByComparingTo("50.00");
        assertThat(ruling.corrected()).isFalse();
        assertThat(ruling.value().rule()).contains("damages clause");
    }

    @Test
    void lowersADamagesClauseAboveTheMaximumAndSaysWhy() {
        DamagesClause tenPercentMinimum50 = new DamagesClause(new BigDecimal("10"), new BigDecimal("50"));

        Ruling<LumpSum> ruling = ConsumerDamages.withClause(new BigDecimal("300.00"), tenPercentMinimum50);

        assertThat(ruling.value().amount()).isEqualByComparingTo("45.00");
        assertThat(ruling.corrected()).isTrue();
        assertThat(ruling.reasons()).singleElement().asString()
                .contains("EUR 50.00", "consumer maximum of EUR 45.00", "XIX.4");
    }
}
