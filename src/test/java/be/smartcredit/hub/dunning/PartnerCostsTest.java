package be.smartcredit.hub.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerCostsTest {

    private static final LocalDate SERVED = LocalDate.of(2026, 5, 4);
    private static final LocalDate JUDGED = LocalDate.of(2026, 6, 15);

    @Test
    void chargesTheDebtorNoPartnerCostBeforeAJudgment() {
        List<PartnerCosts.Cost> costs = List.of(bailiff(true, "180.00", SERVED), lawyer("75.00", SERVED));

        PartnerCosts costsOnTheDay = PartnerCosts.on(JUDGED.minusDays(1), costs, JUDGED);

        assertThat(costsOnTheDay.advanced()).isEqualByComparingTo("255.00");
        assertThat(costsOnTheDay.chargeable()).isZero();
        assertThat(costsOnTheDay.judgmentOn()).isNull();
        assertThat(costsOnTheDay.explanation()).contains("not charged", "only by a judgment");
    }

    @Test
    void chargesTheBailiffsCostsStillOpenFromTheJudgmentButNeverTheLawyers() {
        List<PartnerCosts.Cost> costs = List.of(bailiff(true, "180.00", SERVED), lawyer("75.00", SERVED),
                bailiff(false, "120.00", JUDGED.plusDays(10)));

        PartnerCosts onJudgment = PartnerCosts.on(JUDGED, costs, JUDGED);
        PartnerCosts afterRecovery = PartnerCosts.on(JUDGED.plusDays(10), costs, JUDGED);

        assertThat(onJudgment.chargeable()).isEqualByComparingTo("180.00");
        assertThat(afterRecovery.chargeable()).isEqualByComparingTo("60.00");
        assertThat(afterRecovery.recovered()).isEqualByComparingTo("120.00");
        assertThat(afterRecovery.explanation()).contains("60.00", "judgment of " + JUDGED);
    }

    @Test
    void refusesACostInAnotherCurrencyThanTheClaims() {
        PartnerCosts.Cost advanced = bailiff(true, "50.00", SERVED);

        String refusal = PartnerCosts.refusal(advanced, "USD", List.of("EUR"), List.of());

        assertThat(refusal).contains("'currency'", "USD", "EUR");
        assertThat(PartnerCosts.refusal(advanced, "EUR", List.of("EUR"), List.of())).isNull();
    }

    @Test
    void refusesToRecoverMoreThanThePartnerAdvanced() {
        List<PartnerCosts.Cost> earlier = List.of(bailiff(true, "80.00", SERVED), bailiff(false, "40.50", SERVED),
                lawyer("500.00", SERVED));

        String tooMuch = PartnerCosts.refusal(bailiff(false, "79.00", JUDGED), "EUR", List.of("EUR"), earlier);
        String rest = PartnerCosts.refusal(bailiff(false, "39.50", JUDGED), "EUR", List.of("EUR"), earlier);

        assertThat(tooMuch).contains("'amount'", "79.00", "39.50");
        assertThat(rest).isNull();
    }

    private static PartnerCosts.Cost bailiff(boolean advanced, String amount, LocalDate on) {
        return new PartnerCosts.Cost("bailiff", advanced, new BigDecimal(amount), on);
    }

    private static PartnerCosts.Cost lawyer(String amount, LocalDate on) {
        return new PartnerCosts.Cost("lawyer", true, new BigDecimal(amount), on);
    }
}
