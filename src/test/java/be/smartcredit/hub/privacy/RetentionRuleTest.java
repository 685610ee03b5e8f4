package be.smartcredit.hub.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.smartcredit.hub.privacy.RetentionRule.Stage;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

    static final LocalDate CLOSED = LocalDate.of(2024, 3, 15);

    final RetentionRule rule = new RetentionRule(Period.ofYears(1), Period.ofYears(7));

    @Test
    void keepsEverythingWhileTheDebtorHasSomethingOpen() {
        LocalDate longAfter = CLOSED.plusYears(20);

        Stage stage = rule.stageOn(longAfter, CLOSED, true);

        assertThat(stage).isEqualTo(Stage.KEPT);
    }

    @Test
    void keepsContactDetailsUntilTheDayTheErasurePeriodEnds() {
        LocalDate dayBefore = LocalDate.of(2025, 3, 14);
        LocalDate thatDay = LocalDate.of(2025, 3, 15);

        assertThat(rule.stageOn(dayBefore, CLOSED, false)).isEqualTo(Stage.KEPT);
        assertThat(rule.stageOn(thatDay, CLOSED, false)).isEqualTo(Stage.CONTACT_ERASED);
    }

    @Test
    void anonymisesOnlyOnceTheAccountingRetentionHasRunOut() {
        LocalDate lastDayOfRetention = LocalDate.of(2031, 3, 14);
        LocalDate retentionOver = LocalDate.of(2031, 3, 15);

        assertThat(rule.stageOn(lastDayOfRetention, CLOSED, false)).isEqualTo(Stage.CONTACT_ERASED);
        assertThat(rule.stageOn(retentionOver, CLOSED, false)).isEqualTo(Stage.ANONYMISED);
    }

    @Test
    void keepsADebtorWhoseDossierNeverClosed() {
        Stage stage = rule.stageOn(CLOSED.plusYears(30), null, false);

        assertThat(stage).isEqualTo(Stage.KEPT);
    }

    @Test
    void refusesAnAccountingRetentionShorterThanTheErasurePeriod() {
        assertThatThrownBy(() -> new RetentionRule(Period.ofYears(2), Period.ofMonths(6)))
                .hasMessageContaining("accounting-retention").hasMessageContaining("erase-contact-after");
    }
}
