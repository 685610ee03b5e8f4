package be.smartcredit.hub.dunning;

import static be.smartcredit.hub.dunning.DossierFixtures.DUE;
import static be.smartcredit.hub.dunning.DossierFixtures.business;
import static be.smartcredit.hub.dunning.DossierFixtures.claim;
import static be.smartcredit.hub.dunning.DossierFixtures.consumer;
import static be.smartcredit.hub.dunning.DossierFixtures.instalment;
import static be.smartcredit.hub.dunning.DossierFixtures.planner;
import static be.smartcredit.hub.dunning.DossierFixtures.procedure;
import static be.smartcredit.hub.dunning.DossierFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.dunning.Decision.ClaimLine;
import be.smartcredit.hub.dunning.Decision.Note;
import be.smartcredit.hub.dunning.Decision.PlannedStep;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DunningPlannerTest {

    private final Procedure standard = shipped("default");
    private final DunningPlanner planner = planner();

    @Test
    void sendsTheInvoiceOfAClaimNotYetDue() {
        DossierState dossier = consumer().withEmail().with(claim(1).due(DUE)).build();

        Decision decision = planner.plan(dossier, standard, DUE.minusDays(30));

        assertThat(decision.steps()).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(StepKind.INVOICE_SENDING);
            assertThat(step.channel()).isEqualTo(Channel.EMAIL);
        });
    }

    @Test
    void remindsAllOverdueClaimsOfTheDebtorOnOneFreeLetter() {
        DossierState dossier = consumer().with(claim(1).due(DUE), claim(2).due(DUE.minusDays(5))).build();

        Decision decision = planner.plan(dossier, standard, DUE.plusDays(1));

        PlannedStep step = decision.steps().get(0);
        assertThat(decision.steps()).hasSize(1);
        assertThat(step.kind()).isEqualTo(StepKind.REMINDER_1);
        assertThat(step.round()).isZero();
        assertThat(step.claims()).extracting(ClaimLine::claimId).containsExactly(1L, 2L);
        assertThat(step.channel()).isEqualTo(Channel.POST);
        assertThat(step.fee()).isEqualByComparingTo("0");
        // posted Tuesday 3 March 2026: the term starts on the third working day, Friday 6, and runs 14 days
        assertThat(step.termEndsOn()).isEqualTo(LocalDate.of(2026, 3, 19));
    }

    @Test
    void startsALongOverdueClaimAtTheFreeFirstReminderNotAtInvoiceSending() {
        DossierState dossier = consumer().with(claim(1).due(DUE)).build();

        Decision decision = planner.plan(dossier, standard, DUE.plusDays(200));

        assertThat(decision.steps()).extracting(PlannedStep::kind).containsExactly(StepKind.REMINDER_1);
    }

    @Test
    void waitsForTheFirstReminderDelayAndSaysWhenToLookAgain() {
        DossierState dossier = consumer().with(claim(1).due(DUE).had(StepKind.INVOICE_SENDING, DUE)).build();

        Decision decision = planner.plan(dossier, standard, DUE);

        assertThat(decision.steps()).isEmpty();
        assertThat(decision.nextReviewOn()).isEqualTo(DUE.plusDays(1));
    }

    @Test
    void sendsTheSecondReminderTheDayAfterTheFirstOnesTermEnded() {
        LocalDate termEnd = DUE.plusDays(15);
        DossierState dossier = consumer().with(claim(1).had(StepKind.REMINDER_1, termEnd))
                .took(StepKind.REMINDER_1, DUE.plusDays(1), termEnd).build();

        Decision onLastDay = planner.plan(dossier, standard, termEnd);
        Decision dayAfter = planner.plan(dossier, standard, termEnd.plusDays(1));

        assertThat(onLastDay.steps()).isEmpty();
        assertThat(onLastDay.nextReviewOn()).isEqualTo(termEnd.plusDays(1));
        assertThat(dayAfter.steps()).extracting(PlannedStep::kind).containsExactly(StepKind.REMINDER_2);
    }

    @Test
    void neitherRemindsAgainNorChargesWhileTheFirstReminderHasNotLeft() {
        DossierState dossier = consumer().with(claim(1).had(StepKind.REMINDER_1, null))
                .took(StepKind.REMINDER_1, DUE.plusDays(1), null).build();

        Decision monthLater = planner.plan(dossier, standard, DUE.plusDays(40));

        assertThat(monthLater.steps()).isEmpty();
    }

    @Test
    void takesNoStepWhileTheDossierWaitsForAnAddress() {
        LocalDate termEnd = DUE.plusDays(15);
        DossierState dossier = consumer().status(DossierStatus.UNDELIVERABLE)
                .with(claim(1).had(StepKind.REMINDER_1, termEnd)).took(StepKind.REMINDER_1, DUE.plusDays(1), termEnd)
                .build();

        Decision decision = planner.plan(dossier, standard, termEnd.plusDays(10));

        assertThat(decision.steps()).isEmpty();
        assertThat(decision.status()).isEqualTo(DossierStatus.UNDELIVERABLE);
    }

    @Test
    void escalatesToFormalNoticeWhenTheLastReminderEndsUnpaid() {
        LocalDate r2Term = DUE.plusDays(40);
        DossierState dossier = afterSecondReminder(consumer(), r2Term).build();

        Decision decision = planner.plan(dossier, standard, r2Term.plusDays(2));

        PlannedStep step = decision.steps().get(0);
        assertThat(step.kind()).isEqualTo(StepKind.FORMAL_NOTICE);
        assertThat(step.termEndsOn()).isEqualTo(r2Term.plusDays(2 + 15));
        assertThat(decision.status()).isEqualTo(DossierStatus.ACTIVE);
    }

    @Test
    void waitsForTheClientsApprovalBeforeAnEscalationThatAsksForIt() {
        LocalDate r2Term = DUE.plusDays(40);
        DossierState dossier = afterSecondReminder(consumer(), r2Term).build();
        Procedure withApproval = shipped("reminders-only");

        Decision decision = planner.plan(dossier, withApproval, r2Term.plusDays(4));

        assertThat(decision.steps()).isEmpty();
        assertThat(decision.status()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
        assertThat(decision.awaitingStep()).isEqualTo(StepKind.FORMAL_NOTICE);
        assertThat(decision.notes()).extracting(Note::kind).contains("AWAITING_APPROVAL");
    }

    @Test
    void proposesAStepTheConnectorAsksToApproveAndWaitsForTheClient() {
        LocalDate r2Term = DUE.plusDays(40);
        DossierState dossier = afterSecondReminder(consumer(), r2Term).build();
        Procedure connectorApproves = standard.withApprovals(List.of("FORMAL_NOTICE", "LAWYER_LETTER"));

        Decision decision = planner.plan(dossier, connectorApproves, r2Term.plusDays(2));

        assertThat(standard.step(StepKind.FORMAL_NOTICE).orElseThrow().needsApproval()).isFalse();
        assertThat(connectorApproves.step(StepKind.LAWYER_LETTER).orElseThrow().needsApproval()).isTrue();
        assertThat(connectorApproves.step(StepKind.PHONE_CAMPAIGN).orElseThrow().needsApproval()).isFalse();
        assertThat(decision.steps()).isEmpty();
        assertThat(decision.awaitingStep()).isEqualTo(StepKind.FORMAL_NOTICE);
        assertThat(decision.notes()).anySatisfy(note -> assertThat(note.detail())
                .contains("FORMAL_NOTICE is due; the hub proposes it", "waits for the client's approval"));
    }

    @Test
    void escalatesOnceTheClientApproved() {
        LocalDate r2Term = DUE.plusDays(40);
        DossierState dossier = afterSecondReminder(consumer(), r2Term).status(DossierStatus.AWAITING_APPROVAL)
                .approved(StepKind.FORMAL_NOTICE).build();

        Decision decision = planner.plan(dossier, shipped("reminders-only"), r2Term.plusDays(9));

        assertThat(decision.steps()).extracting(PlannedStep::kind).containsExactly(StepKind.FORMAL_NOTICE);
        assertThat(decision.status()).isEqualTo(DossierStatus.ACTIVE);
    }

    @Test
    void takesNoStepAfterTheClientRefusedTheEscalation() {
        LocalDate r2Term = DUE.plusDays(40);
        DossierState dossier = afterSecondReminder(consumer(), r2Term).status(DossierStatus.ESCALATION_REFUSED)
                .build();

        Decision decision = planner.plan(dossier, standard, r2Term.plusDays(30));

        assertThat(decision.steps()).isEmpty();
        assertThat(decision.status()).isEqualTo(DossierStatus.ESCALATION_REFUSED);
    }

    @Test
    void givesAFormalNoticeAtLeastFifteenDaysWhateverTheProcedureAsks() {
        Procedure shortNotice = procedure("""
                steps:
                  - kind: REMINDER_1
                    when: { days: 0, after: due-date }
                    channels: [post]
                    term-days: 14
                  - kind: FORMAL_NOTICE
                    when: { days: 0, after: previous-term }
                    channels: [post]
                    term-days: 8
                """);
        LocalDate r1Term = DUE.plusDays(14);
        DossierState dossier = consumer().with(claim(1).had(StepKind.REMINDER_1, r1Term))
                .took(StepKind.REMINDER_1, DUE, r1Term).build();

        Decision decision = planner.plan(dossier, shortNotice, r1Term.plusDays(1));

        assertThat(decision.steps().get(0).termEndsOn()).isEqualTo(r1Term.plusDays(1 + 15));
        assertThat(decision.notes()).anySatisfy(note -> {
            assertThat(note.kind()).isEqualTo("LAW_APPLIED");
            assertThat(note.rule()).isEqualTo("formal-notice-term-floor");
            assertThat(note.detail()).contains("8 days");
        });
    }

    @Test
    void chargesAConsumerNothingOnTheFirstReminderEvenWhenTheProcedureAsksAFee() {
        Procedure greedy = procedure("""
                steps:
                  - kind: REMINDER_1
                    when: { days: 0, after: due-date }
                    channels: [post]
                    fee: 15.00
                    term-days: 14
                """);
        DossierState dossier = consumer().with(claim(1)).build();

        Decision decision = planner.plan(dossier, greedy, DUE.plusDays(1));

        assertThat(decision.steps().get(0).fee()).isEqualByComparingTo("0");
        assertThat(decision.notes()).anySatisfy(note -> assertThat(note.rule())
                .isEqualTo("book-xix-free-first-reminder"));
    }

    @Test
    void chargesAConsumerTheLumpSumOncePerClaimAfterTheFreeReminder() {
        LocalDate termEnd = DUE.plusDays(15);
        DossierState dossier = consumer().with(claim(1).amount("400.00").had(StepKind.REMINDER_1, termEnd),
                claim(2).amount("100.00").had(StepKind.REMINDER_1, termEnd).charged("20.00"))
                .took(StepKind.REMINDER_1, DUE.plusDays(1), termEnd).build();

        Decision decision = planner.plan(dossier, standard, termEnd.plusDays(1));

        // claim 1: 30 + 10% x 250 = 55.00; claim 2 was charged before
        PlannedStep step = decision.steps().get(0);
        assertThat(step.kind()).isEqualTo(StepKind.REMINDER_2);
        assertThat(step.claims()).extracting(line -> line.fee().toPlainString()).containsExactly("55.00", "0");
        assertThat(step.fee()).isEqualByComparingTo("55.00");
        assertThat(decision.notes()).extracting(Note::rule).contains(LawFeeRule.ONCE_PER_CLAIM);
    }

    @Test
    void chargesABusinessTheFortyEuroCompensationOnTheSecondReminder() {
        LocalDate termEnd = DUE.plusDays(15);
        DossierState dossier = business().with(claim(1).had(StepKind.REMINDER_1, termEnd))
                .took(StepKind.REMINDER_1, DUE.plusDays(1), termEnd).build();

        Decision decision = planner.plan(dossier, standard, termEnd.plusDays(1));

        assertThat(decision.steps().get(0).fee()).isEqualByComparingTo("40.00");
    }

    @Test
    void givesAConsumerAFreeFirstReminderEvenWhenTheProcedureHasNone() {
        Procedure harsh = procedure("""
                steps:
                  - kind: FORMAL_NOTICE
                    when: { days: 0, after: due-date }
                    channels: [post]
                    fee: legal
                    term-days: 15
                """);
        DossierState dossier = consumer().with(claim(1)).build();

        Decision decision = planner.plan(dossier, harsh, DUE.plusDays(1));

        assertThat(decision.steps()).extracting(PlannedStep::kind).containsExactly(StepKind.REMINDER_1);
        assertThat(decision.steps().get(0).fee()).isEqualByComparingTo("0");
        assertThat(decision.notes()).extracting(Note::rule).contains("book-xix-free-first-reminder");
    }

    @Test
    void sendsABusinessStraightToTheFirstStepWhenTheProcedureHasNoReminder() {
        Procedure harsh = procedure("""
                steps:
                  - kind: FORMAL_NOTICE
                    when: { days: 0, after: due-date }
                    channels: [post]
                    term-days: 15
                """);
        DossierState dossier = business().with(claim(1)).build();

        Decision decision = planner.plan(dossier, harsh, DUE.plusDays(1));

        assertThat(decision.steps()).extracting(PlannedStep::kind).containsExactly(StepKind.FORMAL_NOTICE);
    }

    @Test
    void givesAClaimThatFallsDueLaterItsOwnFreeFirstReminderAndKeepsItOffTheNextStep() {
        LocalDate r1Term = DUE.plusDays(15);
        LocalDate today = r1Term.plusDays(1);
        DossierState dossier = consumer().with(claim(1).had(StepKind.REMINDER_1, r1Term),
                claim(2).due(DUE.plusDays(10))).took(StepKind.REMINDER_1, DUE.plusDays(1), r1Term).build();

        Decision decision = planner.plan(dossier, standard, today);

        assertThat(decision.steps()).extracting(PlannedStep::kind)
                .containsExactly(StepKind.REMINDER_1, StepKind.REMINDER_2);
        PlannedStep lateReminder = decision.steps().get(0);
        assertThat(lateReminder.round()).isEqualTo((int) today.toEpochDay());
        assertThat(lateReminder.claims()).extracting(ClaimLine::claimId).containsExactly(2L);
        assertThat(decision.steps().get(1).claims()).extracting(ClaimLine::claimId).containsExactly(1L);
        assertThat(decision.notes()).extracting(Note::kind).contains("CLAIM_LEFT_OFF");
    }

    @Test
    void letsALateClaimJoinTheNextStepOnceItsOwnReminderTermEnded() {
        LocalDate r2Term = DUE.plusDays(40);
        DossierState dossier = afterSecondReminder(consumer(), r2Term)
                .with(claim(2).due(DUE.plusDays(10)).had(StepKind.REMINDER_1, r2Term.minusDays(3))).build();

        Decision decision = planner.plan(dossier, standard, r2Term.plusDays(2));

        assertThat(decision.steps().get(0).claims()).extracting(ClaimLine::claimId).containsExactly(1L, 2L);
    }

    @Test
    void keepsADisputedClaimOffTheLetterWhileTheOthersGoOn() {
        DossierState dossier = consumer().with(claim(1), claim(2).held(HoldKind.DISPUTE, null)).build();

        Decision decision = planner.plan(dossier, standard, DUE.plusDays(1));

        assertThat(decision.steps().get(0).claims()).extracting(ClaimLine::claimId).containsExactly(1L);
    }

    @Test
    void resumesTheDayAfterAPromiseToPay() {
        LocalDate promisedBy = DUE.plusDays(20);
        DossierState dossier = consumer().with(claim(1).held(HoldKind.PROMISE, promisedBy)).build();

        Decision whilePromised = planner.plan(dossier, standard, DUE.plusDays(5));
        Decision afterwards = planner.plan(dossier, standard, promisedBy.plusDays(1));

        assertThat(whilePromised.steps()).isEmpty();
        assertThat(whilePromised.nextReviewOn()).isBeforeOrEqualTo(promisedBy.plusDays(1));
        assertThat(afterwards.steps()).extracting(PlannedStep::kind).containsExactly(StepKind.REMINDER_1);
    }

    @Test
    void takesNoStepWhileThePaymentPlanIsKept() {
        LocalDate agreed = DUE.plusDays(20);
        DossierState dossier = consumer().with(claim(1).amount("300.00"))
                .plan(agreed, "100.00", instalment(agreed.plusDays(10), "100.00"),
                        instalment(agreed.plusDays(40), "200.00")).build();

        Decision decision = planner.plan(dossier, standard, agreed.plusDays(45));

        assertThat(decision.steps()).isEmpty();
        assertThat(decision.status()).isEqualTo(DossierStatus.ON_PLAN);
        assertThat(decision.nextReviewOn()).isEqualTo(agreed.plusDays(40 + 10 + 1));
    }

    @Test
    void resumesTheProcedureWhenAnInstalmentIsMissedBeyondTheGracePeriod() {
        LocalDate agreed = DUE.plusDays(20);
        DossierState dossier = consumer().with(claim(1).amount("300.00"))
                .plan(agreed, "0.00", instalment(agreed.plusDays(10), "100.00")).build();

        Decision inGrace = planner.plan(dossier, standard, agreed.plusDays(20));
        Decision missed = planner.plan(dossier, standard, agreed.plusDays(21));

        assertThat(inGrace.planBroken()).isFalse();
        assertThat(inGrace.steps()).isEmpty();
        assertThat(missed.planBroken()).isTrue();
        assertThat(missed.steps()).extracting(PlannedStep::kind).containsExactly(StepKind.REMINDER_1);
        assertThat(missed.notes()).extracting(Note::kind).contains("PLAN_BROKEN");
    }

    @Test
    void closesTheDossierWhenThePlanIsPaidInFull() {
        LocalDate agreed = DUE.plusDays(20);
        DossierState dossier = consumer().with(claim(1).amount("300.00").open("100.00"))
                .plan(agreed, "200.00", instalment(agreed.plusDays(10), "200.00")).build();

        Decision decision = planner.plan(dossier, standard, agreed.plusDays(11));

        assertThat(decision.close()).isEqualTo(CloseReason.PLAN_COMPLETED);
        assertThat(decision.status()).isEqualTo(DossierStatus.CLOSED);
    }

    @Test
    void writesOffAResidualBelowTheProceduresThresholdAndCloses() {
        DossierState dossier = consumer().with(claim(1).amount("100.00").open("4.99")).build();

        Decision decision = planner.plan(dossier, standard, DUE.plusDays(30));

        assertThat(decision.writeOffs()).containsExactly(1L);
        assertThat(decision.close()).isEqualTo(CloseReason.WRITTEN_OFF);
        assertThat(decision.steps()).isEmpty();
    }

    @Test
    void remindsAPartlyPaidClaimForTheRest() {
        DossierState dossier = consumer().with(claim(1).amount("100.00").open("60.00")).build();

        Decision decision = planner.plan(dossier, standard, DUE.plusDays(1));

        assertThat(decision.steps().get(0).claims().get(0).open()).isEqualByComparingTo("60.00");
        assertThat(decision.writeOffs()).isEmpty();
    }

    @Test
    void closesAsPaidWhenNoClaimIsOpenAndAsCreditedWhenCreditNotesCleared() {
        DossierState paid = consumer().with(claim(1).open("0.00").status("PAID")).build();
        DossierState credited = consumer().with(claim(1).open("0.00")).build();

        assertThat(planner.plan(paid, standard, DUE).close()).isEqualTo(CloseReason.PAID);
        assertThat(planner.plan(credited, standard, DUE).close()).isEqualTo(CloseReason.CREDITED);
    }

    @Test
    void skipsAStepWhoseMinimumAmountIsNotReached() {
        LocalDate phoneTerm = DUE.plusDays(90);
        DossierState dossier = afterSecondReminder(consumer(), DUE.plusDays(40), "200.00")
                .took(StepKind.FORMAL_NOTICE, DUE.plusDays(42), DUE.plusDays(57))
                .took(StepKind.SMS_REMINDER, DUE.plusDays(61), DUE.plusDays(68))
                .took(StepKind.PHONE_CAMPAIGN, DUE.plusDays(69), phoneTerm).build();

        Decision decision = planner.plan(dossier, standard, phoneTerm.plusDays(1));

        assertThat(decision.steps()).extracting(PlannedStep::kind).containsExactly(StepKind.LAWYER_LETTER);
        assertThat(decision.notes()).extracting(Note::kind).contains("STEP_SKIPPED");
    }

    @Test
    void makesNonLetterStepsTasksWithoutAChannel() {
        DossierState dossier = afterSecondReminder(consumer(), DUE.plusDays(40))
                .took(StepKind.FORMAL_NOTICE, DUE.plusDays(42), DUE.plusDays(57)).build();

        Decision decision = planner.plan(dossier, standard, DUE.plusDays(61));

        assertThat(decision.steps()).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(StepKind.SMS_REMINDER);
            assertThat(step.channel()).isNull();
        });
    }

    private static DossierFixtures.DossierBuilder afterSecondReminder(DossierFixtures.DossierBuilder debtor,
            LocalDate r2Term) {
        return afterSecondReminder(debtor, r2Term, "1000.00");
    }

    private static DossierFixtures.DossierBuilder afterSecondReminder(DossierFixtures.DossierBuilder debtor,
            LocalDate r2Term, String amount) {
        LocalDate r1Term = DUE.plusDays(15);
        return debtor.with(claim(1).amount(amount).had(StepKind.REMINDER_1, r1Term))
                .took(StepKind.REMINDER_1, DUE.plusDays(1), r1Term)
                .took(StepKind.REMINDER_2, r1Term.plusDays(1), r2Term);
    }
}
