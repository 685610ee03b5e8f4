package be.smartcredit.hub.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.dunning.StatementCalculator.Line;
import be.smartcredit.hub.dunning.StatementCalculator.Statement;
import be.smartcredit.hub.dunning.law.DebtStatementCalculator;
import be.smartcredit.hub.dunning.law.RateTable;
import be.smartcredit.hub.dunning.law.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LawStatementTest {

    private static final LocalDate DUE = LocalDate.of(2025, 3, 1);

    private final LawStatement statements = new LawStatement(new DebtStatementCalculator(RateTable.defaults()));

    @Test
    void addsABusinessInterestPerHalfYearAndTheChargedCompensation() {
        Line line = line("1000.00", List.of(), null, "40.00");

        Statement statement = statements.statement(DebtorKind.BUSINESS, List.of(line), LocalDate.of(2025, 7, 10));

        // 2 Mar - 30 Jun 2025: 121 days at 11.5% = 38.12; 1-10 Jul: 10 days at 10.5% = 2.88
        assertThat(statement.claims().get(0).interest()).extracting(p -> p.amount().toPlainString())
                .containsExactly("38.12", "2.88");
        assertThat(statement.interest()).isEqualByComparingTo("41.00");
        assertThat(statement.fees()).isEqualByComparingTo("40.00");
        assertThat(statement.total()).isEqualByComparingTo("1081.00");
    }

    @Test
    void showsPaymentsAndCreditsAndCountsInterestOnTheRest() {
        List<Settlement> settled = List.of(Settlement.payment(DUE.plusDays(10), new BigDecimal("200.00")),
                Settlement.credit(DUE.plusDays(20), new BigDecimal("300.00")));
        Line line = line("1000.00", settled, null, "0");

        Statement statement = statements.statement(DebtorKind.BUSINESS, List.of(line), DUE.plusDays(30));

        // 2-11 Mar on 1000: 10 days x 11.5% = 3.15; 12-21 Mar on 800: 10 days = 2.52; 22-31 Mar on 500: 1.58
        assertThat(statement.paid()).isEqualByComparingTo("200.00");
        assertThat(statement.credited()).isEqualByComparingTo("300.00");
        assertThat(statement.principalOpen()).isEqualByComparingTo("500.00");
        assertThat(statement.interest()).isEqualByComparingTo("7.25");
        assertThat(statement.total()).isEqualByComparingTo("507.25");
    }

    @Test
    void neverChargesAConsumerMoreThanTheBookXixMaximum() {
        Line line = line("100.00", List.of(), DUE.plusDays(20), "35.00");

        Statement statement = statements.statement(DebtorKind.CONSUMER, List.of(line), DUE.plusDays(30));

        // lump sum at most 20 on 100; legal rate 4.5% over 10 days: 100 x 4.5 x 10 / 36500 = 0.12
        assertThat(statement.fees()).isEqualByComparingTo("20.00");
        assertThat(statement.interest()).isEqualByComparingTo("0.12");
        assertThat(statement.total()).isEqualByComparingTo("120.12");
        assertThat(statement.explanation()).anySatisfy(why -> assertThat(why)
                .contains("charged 35.00", "at most 20.00"));
    }

    @Test
    void callsTheLegalCompensationAMaximumWhenNoStepChargedIt() {
        Line line = line("1000.00", List.of(), null, "0");

        Statement statement = statements.statement(DebtorKind.BUSINESS, List.of(line), DUE.plusDays(30));

        assertThat(statement.fees()).isEqualByComparingTo("0");
        assertThat(statement.claims().get(0).explanation())
                .anySatisfy(why -> assertThat(why).startsWith("the most the law allows: compensation: flat EUR 40"))
                .noneSatisfy(why -> assertThat(why).startsWith("compensation: "));
        assertThat(statement.claims().get(0).feeRule()).contains("no lump sum or compensation charged");
    }

    @Test
    void chargesAConsumerNothingBeforeTheFirstReminderTermEnded() {
        Line line = line("400.00", List.of(), DUE.plusDays(20), "55.00");

        Statement statement = statements.statement(DebtorKind.CONSUMER, List.of(line), DUE.plusDays(20));

        assertThat(statement.total()).isEqualByComparingTo("400.00");
        assertThat(statement.fees()).isEqualByComparingTo("0");
    }

    private static Line line(String principal, List<Settlement> settled, LocalDate termEnded, String fee) {
        return new Line(1, "INV-1", DUE.minusDays(30), DUE, new BigDecimal(principal), settled, termEnded,
                new BigDecimal(fee));
    }
}
