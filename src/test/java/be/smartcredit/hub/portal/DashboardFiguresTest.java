package be.smartcredit.hub.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardFiguresTest {

    private static final LocalDate AS_OF = LocalDate.of(2018, 6, 1);

    @Test
    void putsOpenAmountsInAgeingBucketsByDaysPastDue() {
        Map<LocalDate, BigDecimal> open = Map.of(AS_OF.plusDays(3), eur("10.00"), AS_OF.minusDays(1), eur("20.00"),
                AS_OF.minusDays(30), eur("5.00"), AS_OF.minusDays(61), eur("800.00"), AS_OF.minusDays(91), eur("1.00"));

        Map<String, BigDecimal> ageing = DashboardFigures.ageing(open, AS_OF);

        assertThat(ageing).containsExactly(Map.entry("not-due", eur("10.00")), Map.entry("1-30", eur("25.00")),
                Map.entry("31-60", BigDecimal.ZERO), Map.entry("61-90", eur("800.00")), Map.entry("90+", eur("1.00")));
    }

    @Test
    void countsDaysSalesOutstandingBackFromTheLatestMonth() {
        Map<YearMonth, BigDecimal> invoiced = Map.of(YearMonth.of(2018, 5), eur("500.00"), YearMonth.of(2018, 3),
                eur("1000.00"));

        BigDecimal dso = DashboardFigures.daysSalesOutstanding(eur("1300.00"), invoiced, AS_OF);

        // 1 day of June, all of May (31) and April (30), then 800 of March's 1000 over its 31 days.
        assertThat(dso).isEqualByComparingTo("86.8");
    }

    @Test
    void givesNoDaysOutstandingWhenNothingIsOpen() {
        Map<YearMonth, BigDecimal> invoiced = Map.of(YearMonth.of(2018, 5), eur("500.00"));

        BigDecimal dso = DashboardFigures.daysSalesOutstanding(BigDecimal.ZERO, invoiced, AS_OF);

        assertThat(dso).isEqualByComparingTo("0");
    }

    @Test
    void computesRecoveredAmountsCollectionRateAndStepSuccessForThePeriod() {
        var data = new DashboardFigures.Aggregates(Map.of("REMINDER_1", eur("1300.00")),
                Map.of(AS_OF.minusDays(61), eur("800.00"), AS_OF.minusDays(1), eur("500.00")),
                Map.of(YearMonth.of(2018, 6), eur("200.00"), YearMonth.of(2018, 2), eur("100.00"),
                        YearMonth.of(2017, 12), eur("999.00")),
                Map.of(YearMonth.of(2018, 3), eur("1000.00"), YearMonth.of(2018, 5), eur("500.00")),
                List.of(new DashboardFigures.StepResult("REMINDER_1", 4, 1)));

        DashboardFigures.Figures figures = DashboardFigures.compute(data, LocalDate.of(2018, 3, 1), AS_OF);

        assertThat(figures.recoveredThisMonth()).isEqualByComparingTo("200.00");
        assertThat(figures.recoveredThisYear()).isEqualByComparingTo("300.00");
        assertThat(figures.recoveredInPeriod()).isEqualByComparingTo("200.00");
        assertThat(figures.collectionRate()).isEqualByComparingTo("13.3");
        assertThat(figures.successByStep()).containsExactly(new DashboardFigures.StepSuccess("REMINDER_1", 4, 1,
                new BigDecimal("25.0")));
        assertThat(figures.openByStage()).containsEntry("REMINDER_1", eur("1300.00"));
    }

    @Test
    void reportsAZeroCollectionRateWhenThereIsNothingToCollect() {
        assertThat(DashboardFigures.collectionRate(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualByComparingTo("0");
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }
}
