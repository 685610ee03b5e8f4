package be.smartcredit.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.smartcredit.hub.dunning.DebtorKind;
import be.smartcredit.hub.dunning.DossierState;
import be.smartcredit.hub.dunning.PartnerCosts;
import be.smartcredit.hub.dunning.StatementCalculator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseworkRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

    @Test
    void plansTheNextAttemptUntilTheLastThenMovesOn() {
        AttemptReport noAnswer = call(CallOutcome.NO_ANSWER);
        AttemptReport voicemail = new AttemptReport(CallOutcome.VOICEMAIL, "callback-nl", null, null, null, null,
                null);

        assertThat(noAnswer.effect(1, 3)).isEqualTo(CallEffect.NEXT_ATTEMPT);
        assertThat(voicemail.effect(2, 3)).isEqualTo(CallEffect.NEXT_ATTEMPT);
        assertThat(voicemail.effect(3, 3)).isEqualTo(CallEffect.NEXT_STEP);
    }

    @Test
    void givesEachReachedOutcomeItsEffect() {
        AttemptReport promise = new AttemptReport(CallOutcome.PROMISE_TO_PAY, null, new BigDecimal("250.00"),
                TODAY.plusDays(10), null, null, null);
        AttemptReport plan = new AttemptReport(CallOutcome.PAYMENT_PLAN, null, null, null, null,
                List.of(new DossierState.Instalment(TODAY.plusDays(30), new BigDecimal("100.00"))), null);
        AttemptReport dispute = new AttemptReport(CallOutcome.DISPUTE, null, null, null, "never delivered", null,
                null);

        assertThat(promise.effect(1, 3)).isEqualTo(CallEffect.PROMISE_HOLD);
        assertThat(plan.effect(2, 3)).isEqualTo(CallEffect.PLAN);
        assertThat(dispute.effect(1, 3)).isEqualTo(CallEffect.DISPUTE_HOLD);
        assertThat(call(CallOutcome.REFUSES).effect(1, 3)).isEqualTo(CallEffect.NEXT_STEP);
        assertThat(call(CallOutcome.WRONG_NUMBER).effect(1, 3)).isEqualTo(CallEffect.NEXT_STEP);
    }

    @Test
    void namesTheMissingFieldOfAnAttempt() {
        assertThat(call(CallOutcome.VOICEMAIL).problem(TODAY)).contains("'template'");
        assertThat(call(CallOutcome.PROMISE_TO_PAY).problem(TODAY)).contains("'amount'");
        assertThat(new AttemptReport(CallOutcome.PROMISE_TO_PAY, null, BigDecimal.TEN, TODAY.minusDays(1), null,
                null, null).problem(TODAY)).contains("'promisedOn'");
        assertThat(call(CallOutcome.DISPUTE).problem(TODAY)).contains("'reason'");
        assertThat(call(CallOutcome.PAYMENT_PLAN).problem(TODAY)).contains("'instalments'");
        assertThat(call(null).problem(TODAY)).contains("'outcome'");
        assertThat(call(CallOutcome.NO_ANSWER).problem(TODAY)).isNull();
    }

    @Test
    void turnsAVisitReportIntoItsEffect() {
        VisitReport agreement = visit(VisitReport.Outcome.FOUND, List.of(new DossierState.Instalment(
                TODAY.plusDays(14), new BigDecimal("50.00"))), VisitReport.Recommendation.PLAN);
        VisitReport legal = visit(VisitReport.Outcome.FOUND, null, VisitReport.Recommendation.LEGAL_ROUTE);
        VisitReport refused = visit(VisitReport.Outcome.REFUSED, null, null);
        VisitReport notHome = visit(VisitReport.Outcome.NOT_HOME, null, null);

        assertThat(agreement.effect()).isEqualTo(VisitReport.Effect.PLAN);
        assertThat(legal.effect()).isEqualTo(VisitReport.Effect.NEXT_STEP);
        assertThat(refused.effect()).isEqualTo(VisitReport.Effect.NEXT_STEP);
        assertThat(notHome.effect()).isEqualTo(VisitReport.Effect.SECOND_VISIT);
    }

    @Test
    void visitsOnceMoreOnlyAfterTheFirstVisitFoundNoOneHome() {
        VisitReport notHome = visit(VisitReport.Outcome.NOT_HOME, null, null);

        VisitReport.Effect first = notHome.effect(false);
        VisitReport.Effect second = notHome.effect(true);

        assertThat(first).isEqualTo(VisitReport.Effect.SECOND_VISIT);
        assertThat(second).isEqualTo(VisitReport.Effect.NONE);
    }

    @Test
    void proposesClosingWhenTheSolvencyReportRecommendsIrrecoverableUnlessAnAgreementWasReached() {
        VisitReport irrecoverable = visit(VisitReport.Outcome.FOUND, null, VisitReport.Recommendation.IRRECOVERABLE);
        VisitReport agreedAnyway = visit(VisitReport.Outcome.FOUND, List.of(new DossierState.Instalment(
                TODAY.plusDays(14), new BigDecimal("10.00"))), VisitReport.Recommendation.IRRECOVERABLE);

        assertThat(irrecoverable.effect()).isEqualTo(VisitReport.Effect.PROPOSE_CLOSING);
        assertThat(agreedAnyway.effect()).isEqualTo(VisitReport.Effect.PLAN);
    }

    @Test
    void refusesAMoveWithoutANewAddressAndCashFromNobody() {
        VisitReport moved = visit(VisitReport.Outcome.MOVED, null, null);
        VisitReport cash = new VisitReport(VisitReport.Outcome.NOT_HOME, null, null, new BigDecimal("20.00"), null,
                null);

        assertThat(moved.problem()).contains("'newAddress'");
        assertThat(cash.problem()).contains("FOUND or MOVED");
    }

    @Test
    void assignsAMediatorByPostcodeRange() {
        MediatorRegions regions = new MediatorRegions(List.of(
                new MediatorRegions.Mediator("east", "Els", List.of("9000-9999", "3500")),
                new MediatorRegions.Mediator("brussels", "Bram", List.of("1000 - 1299"))));

        assertThat(regions.assign("9000")).map(MediatorRegions.Mediator::id).contains("east");
        assertThat(regions.assign("3500")).map(MediatorRegions.Mediator::id).contains("east");
        assertThat(regions.assign("1050")).map(MediatorRegions.Mediator::id).contains("brussels");
        assertThat(regions.assign("2000")).isEmpty();
        assertThat(regions.assign(null)).isEmpty();
    }

    @Test
    void refusesAPostcodeRangeThatIsNotOne() {
        List<MediatorRegions.Mediator> wrong = List.of(new MediatorRegions.Mediator("west", "W", List.of("8000-x")));

        assertThatThrownBy(() -> new MediatorRegions(wrong)).hasMessageContaining("west")
                .hasMessageContaining("'8000-x'");
    }

    @Test
    void doublesTheBackoffAndGivesUpAfterTheLastAttempt() {
        Duration backoff = Duration.ofSeconds(30);

        assertThat(HandoverRetry.waitAfter(backoff, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(HandoverRetry.waitAfter(backoff, 3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(HandoverRetry.waitAfter(backoff, 30)).isEqualTo(HandoverRetry.MAX_WAIT);
        assertThat(HandoverRetry.givesUp(4, 5)).isFalse();
        assertThat(HandoverRetry.givesUp(5, 5)).isTrue();
    }

    @Test
    void putsTheLargestOldestDebtFirstWithinAPartOfTheDay() {
        CallList.Entry smallMorning = entry(1, DayPart.MORNING, "100.00", TODAY.minusDays(90));
        CallList.Entry bigMorning = entry(2, DayPart.MORNING, "900.00", TODAY.minusDays(40));
        CallList.Entry bigAfternoon = entry(3, DayPart.AFTERNOON, "5000.00", TODAY.minusDays(40));
        CallList.Entry bigOlderMorning = entry(4, DayPart.MORNING, "900.00", TODAY.minusDays(60));

        List<CallList.Entry> list = CallList.prioritised(List.of(smallMorning, bigAfternoon, bigMorning,
                bigOlderMorning));

        assertThat(list).extracting(CallList.Entry::campaignId).containsExactly(4L, 2L, 1L, 3L);
        assertThat(list.get(0).ageDays(TODAY)).isEqualTo(60);
    }

    @Test
    void handsOverTheStatementsTotalWithoutTheCostsTheDebtorDoesNotBear() {
        List<PartnerCosts.Cost> costs = List.of(new PartnerCosts.Cost("lawyer", true, new BigDecimal("60.50"),
                TODAY.minusDays(20)), new PartnerCosts.Cost("bailiff", true, new BigDecimal("100.00"),
                TODAY.minusDays(10)), new PartnerCosts.Cost("bailiff", false, new BigDecimal("30.00"),
                TODAY.minusDays(5)));
        StatementCalculator.Statement before = statement("1000.00").withPartnerCosts(
                PartnerCosts.on(TODAY, costs, null));
        StatementCalculator.Statement judged = statement("1000.00").withPartnerCosts(
                PartnerCosts.on(TODAY, costs, TODAY.minusDays(8)));

        HandoverPackage.Calculation beforeJudgment = HandoverPackage.Calculation.of(TODAY, before);
        HandoverPackage.Calculation afterJudgment = HandoverPackage.Calculation.of(TODAY, judged);

        assertThat(beforeJudgment.total()).isEqualByComparingTo(before.total());
        assertThat(beforeJudgment.costsAdvanced()).isEqualByComparingTo("160.50");
        assertThat(beforeJudgment.costsRecovered()).isEqualByComparingTo("30.00");
        assertThat(beforeJudgment.costsChargeable()).isZero();
        assertThat(afterJudgment.costsChargeable()).isEqualByComparingTo("70.00");
        assertThat(afterJudgment.total()).isEqualByComparingTo("1070.00");
    }

    private static StatementCalculator.Statement statement(String total) {
        BigDecimal amount = new BigDecimal(total);
        return new StatementCalculator.Statement(TODAY, DebtorKind.values()[0], List.of(), amount, BigDecimal.ZERO,
                BigDecimal.ZERO, amount, BigDecimal.ZERO, BigDecimal.ZERO, amount, List.of(), null);
    }

    @Test
    void plansTheSecondVisitAfterTheFirstVisitsDayEvenWhenReportedEarly() {
        LocalDate firstVisit = TODAY.plusDays(2);

        LocalDate reportedBefore = Visits.secondVisitAfter(TODAY, firstVisit);
        LocalDate reportedAfter = Visits.secondVisitAfter(TODAY.plusDays(5), firstVisit);

        assertThat(reportedBefore).isEqualTo(firstVisit);
        assertThat(reportedAfter).isEqualTo(TODAY.plusDays(5));
    }

    @Test
    void callsOnlyADebtorWithAPhoneNumber() {
        String none = null;

        boolean withNumber = Calls.hasPhone("+32 470 12 34 56");

        assertThat(withNumber).isTrue();
        assertThat(Calls.hasPhone(none)).isFalse();
        assertThat(Calls.hasPhone("  ")).isFalse();
    }

    private static CallList.Entry entry(long id, DayPart part, String open, LocalDate due) {
        return new CallList.Entry(id, id, 1, part, null, null, new BigDecimal(open), due, null);
    }

    private static AttemptReport call(CallOutcome outcome) {
        return new AttemptReport(outcome, null, null, null, null, null, null);
    }

    private static VisitReport visit(VisitReport.Outcome outcome, List<DossierState.Instalment> agreement,
            VisitReport.Recommendation recommendation) {
        VisitReport.Solvency solvency = recommendation == null ? null : new VisitReport.Solvency("employed",
                "a salary", "a car", "two banks", "can pay in part", recommendation);
        return new VisitReport(outcome, null, agreement, null, solvency, null);
    }
}
