package be.smartcredit.hub.portal;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.casework.CallOutcome;
import be.smartcredit.hub.casework.VisitReport;
import be.smartcredit.hub.dunning.DossierState.Instalment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseworkFormsTest {

    private static final LocalDate FIRST = LocalDate.of(2018, 6, 15);

    @Test
    void splitsAPlanIntoMonthlyInstalmentsWithTheCentsLeftOverOnTheLast() {
        List<Instalment> plan = CaseworkForms.monthly(new BigDecimal("100.00"), 3, FIRST);

        assertThat(plan).containsExactly(new Instalment(FIRST, new BigDecimal("33.33")),
                new Instalment(FIRST.plusMonths(1), new BigDecimal("33.33")),
                new Instalment(FIRST.plusMonths(2), new BigDecimal("33.34")));
    }

    @Test
    void leavesAnIncompleteOrTooLongPlanOutSoTheServiceNamesTheField() {
        var missingDate = new CaseworkForms.CallForm(CallOutcome.PAYMENT_PLAN, null, null, null, null,
                new BigDecimal("500"), 4, null, null);

        var tooLong = CaseworkForms.monthly(new BigDecimal("500"), CaseworkForms.MAX_INSTALMENTS + 1, FIRST);

        assertThat(missingDate.report().problem(FIRST)).contains("'instalments'");
        assertThat(tooLong).isNull();
    }

    @Test
    void takesTheNewAddressOnlyWhenTheDebtorMovedAndTheSolvencyReportOnlyWithARecommendation() {
        var form = new CaseworkForms.VisitForm(VisitReport.Outcome.FOUND, "Veldstraat 3", "9000", "Gent", null,
                null, null, null, " Warehouse worker ", null, null, null, null, null, "  ");

        VisitReport report = form.report();

        assertThat(report.newAddress()).isNull();
        assertThat(report.solvency()).isNull();
        assertThat(report.note()).isNull();
        assertThat(report.effect()).isEqualTo(VisitReport.Effect.NONE);
    }
}
