package be.smartcredit.hub.dunning.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterestCalculatorTest {

    private static final RateTable RATES = RateTable.defaults();

    @Test
    void splitsInterestAtTheSemesterBoundary() {
        BigDecimal principal = new BigDecimal("1000.00");

        List<InterestPeriod> periods = InterestCalculator.interest(principal, List.of(), LocalDate.of(2025, 6, 16),
                LocalDate.of(2025, 7, 10), RATES.basis(RateKind.COMMERCIAL));

        // 16-30 June: 15 days at 11.5%: 1000 x 11.5 x 15 / 36500 = 4.7260 -> 4.73
        // 1-10 July:  10 days at 10.5%: 1000 x 10.5 x 10 / 36500 = 2.8767 -> 2.88
        assertThat(periods).extracting(InterestPeriod::from, InterestPeriod::to, InterestPeriod::days)
                .containsExactly(
                        tuple(LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 30), 15L),
                        tuple(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 10), 10L));
        assertThat(periods.get(0).rate()).isEqualByComparingTo("11.5");
        assertThat(periods.get(0).amount()).isEqualByComparingTo("4.73");
        assertThat(periods.get(1).rate()).isEqualByComparingTo("10.5");
        assertThat(periods.get(1).amount()).isEqualByComparingTo("2.88");
        assertThat(InterestCalculator.total(periods)).isEqualByComparingTo("7.61");
        assertThat(periods.get(1).legalBasis()).contains("Law of 2 August 2002", "10.5%", "2025 second half");
    }

    @Test
    void splitsCommercialInterestAtTheYearBoundary() {
        BigDecimal principal = new BigDecimal("2500.00");

        List<InterestPeriod> periods = InterestCalculator.interest(principal, List.of(), LocalDate.of(2023, 12, 20),
                LocalDate.of(2024, 1, 10), RATES.basis(RateKind.COMMERCIAL));

        // 20-31 Dec 2023: 12 days at 12%:   2500 x 12 x 12 / 36500   = 9.8630 -> 9.86
        // 1-10 Jan 2024:  10 days at 12.5%: 2500 x 12.5 x 10 / 36500 = 8.5616 -> 8.56
        assertThat(periods).extracting(InterestPeriod::amount).containsExactly(
                new BigDecimal("9.86"), new BigDecimal("8.56"));
        assertThat(InterestCalculator.total(periods)).isEqualByComparingTo("18.42");
    }

    @Test
    void splitsLegalInterestAtTheYearBoundary() {
        BigDecimal principal = new BigDecimal("10000.00");

        List<InterestPeriod> periods = InterestCalculator.interest(principal, List.of(), LocalDate.of(2024, 12, 27),
                LocalDate.of(2025, 1, 5), RATES.basis(RateKind.LEGAL));

        // 27-31 Dec 2024: 5 days at 5.75%: 10000 x 5.75 x 5 / 36500 = 7.8767 -> 7.88
        // 1-5 Jan 2025:   5 days at 4.5%:  10000 x 4.5 x 5 / 36500  = 6.1644 -> 6.16
        assertThat(periods).extracting(InterestPeriod::amount).containsExactly(
                new BigDecimal("7.88"), new BigDecimal("6.16"));
        assertThat(periods.get(0).legalBasis()).contains("Law of 5 May 1865", "5.75%");
    }

    @Test
    void countsEveryDayOfALeapYearOverThreeHundredSixtyFive() {
        BigDecimal principal = new BigDecimal("1000.00");

        List<InterestPeriod> periods = InterestCalculator.interest(principal, List.of(), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), RATES.basis(RateKind.COMMERCIAL));

        // 182 days (Jan-Jun 2024) and 184 days (Jul-Dec) at 12.5%, divided by 365 although 2024 has 366 days:
        // 1000 x 12.5 x 182 / 36500 = 62.3288 -> 62.33; 1000 x 12.5 x 184 / 36500 = 63.0137 -> 63.01
        assertThat(periods).extracting(InterestPeriod::days).containsExactly(182L, 184L);
        assertThat(InterestCalculator.total(periods)).isEqualByComparingTo("125.34");
    }

    @Test
    void lowersThePrincipalFromTheDayAfterAPayment() {
        List<PrincipalChange> payment = List.of(new PrincipalChange(LocalDate.of(2025, 7, 10), new BigDecimal("-400")));

        List<InterestPeriod> periods = InterestCalculator.interest(new BigDecimal("1000.00"), payment,
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), RATES.basis(RateKind.COMMERCIAL));

        // 1-10 July:  10 days on 1000 at 10.5%: 1000 x 10.5 x 10 / 36500 = 2.8767 -> 2.88
        // 11-31 July: 21 days on 600 at 10.5%:  600 x 10.5 x 21 / 36500  = 3.6247 -> 3.62
        assertThat(periods).extracting(InterestPeriod::principal).containsExactly(
                new BigDecimal("1000.00"), new BigDecimal("600.00"));
        assertThat(periods).extracting(InterestPeriod::days).containsExactly(10L, 21L);
        assertThat(periods).extracting(InterestPeriod::amount).containsExactly(
                new BigDecimal("2.88"), new BigDecimal("3.62"));
    }

    @Test
    void startsFromThePrincipalLeftByPaymentsBeforeThePeriod() {
        List<PrincipalChange> earlyPayments = List.of(
                new PrincipalChange(LocalDate.of(2025, 6, 1), new BigDecimal("-100")),
                new PrincipalChange(LocalDate.of(2025, 6, 30), new BigDecimal("-100")));

        List<InterestPeriod> periods = InterestCalculator.interest(new BigDecimal("1000.00"), earlyPayments,
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 10), RATES.basis(RateKind.COMMERCIAL));

        // 800 x 10.5 x 10 / 36500 = 2.3014 -> 2.30
        assertThat(periods).singleElement().satisfies(period -> {
            assertThat(period.principal()).isEqualByComparingTo("800");
            assertThat(period.amount()).isEqualByComparingTo("2.30");
        });
    }

    @Test
    void stopsWhenThePrincipalIsPaidInFull() {
        List<PrincipalChange> fullPayment = List.of(
                new PrincipalChange(LocalDate.of(2025, 7, 5), new BigDecimal("-1200")));

        List<InterestPeriod> periods = InterestCalculator.interest(new BigDecimal("1000.00"), fullPayment,
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), RATES.basis(RateKind.COMMERCIAL));

        assertThat(periods).singleElement().extracting(InterestPeriod::to).isEqualTo(LocalDate.of(2025, 7, 5));
    }

    @Test
    void capsAnAgreedRateDayByDay() {
        InterestBasis agreed = InterestBasis.fixed(new BigDecimal("11"), "agreed")
                .cappedBy(RATES.basis(RateKind.COMMERCIAL), "capped");

        List<InterestPeriod> periods = InterestCalculator.interest(new BigDecimal("1000.00"), List.of(),
                LocalDate.of(2025, 6, 16), LocalDate.of(2025, 7, 10), agreed);

        // June: 11% stays under 11.5%: 1000 x 11 x 15 / 36500 = 4.5205 -> 4.52
        // July: 11% is above 10.5%, so 10.5%: 1000 x 10.5 x 10 / 36500 = 2.8767 -> 2.88
        assertThat(periods).extracting(InterestPeriod::rate).containsExactly(
                new BigDecimal("11"), new BigDecimal("10.5"));
        assertThat(periods).extracting(InterestPeriod::amount).containsExactly(
                new BigDecimal("4.52"), new BigDecimal("2.88"));
        assertThat(periods.get(0).legalBasis()).isEqualTo("agreed");
        assertThat(periods.get(1).legalBasis()).startsWith("capped; Law of 2 August 2002");
    }

    @Test
    void givesNothingForAnEmptyStretch() {
        List<InterestPeriod> periods = InterestCalculator.interest(new BigDecimal("1000.00"), List.of(),
                LocalDate.of(2025, 7, 10), LocalDate.of(2025, 7, 9), RATES.basis(RateKind.COMMERCIAL));

        assertThat(periods).isEmpty();
    }
}
