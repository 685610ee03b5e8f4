package be.smartcredit.hub.dunning;

import be.smartcredit.hub.dunning.Decision.ClaimLine;
import be.smartcredit.hub.dunning.Decision.PlannedStep;
import be.smartcredit.hub.dunning.DossierState.ClaimState;
import be.smartcredit.hub.dunning.DossierState.Instalment;
import be.smartcredit.hub.dunning.DossierState.PlanState;
import be.smartcredit.hub.dunning.DossierState.StepTaken;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides what happens to one dossier on one day: which step is due and for which claims, what it may
 * charge and what term it gives (the law wins over the procedure), holds, payment plans, write-offs and
 * closing. Plain Java: state, procedure and day in, a decision with its reasons out.
 */
public final class DunningPlanner {

    /** A dossier with nothing due is still looked at weekly, so settled claims close it. */
    static final int IDLE_REVIEW_DAYS = 7;

    /** The term of a consumer's free first reminder (Book XIX); the term rule counts it from the legal start. */
    static final int CONSUMER_REMINDER_DAYS = 14;

    /** The free first reminder the law gives a consumer when the procedure has none. */
    static final ProcedureStep LEGAL_FIRST_REMINDER = new ProcedureStep(StepKind.REMINDER_1, 0,
            ProcedureStep.Anchor.DUE_DATE, List.of(Channel.EMAIL, Channel.POST), "reminder",
            Set.of(DebtorKind.values()), null, FeePolicy.NONE, CONSUMER_REMINDER_DAYS, false);

    private final TermRule terms;
    private final FeeRule fees;
    private final int planGraceDays;

    public DunningPlanner(TermRule terms, FeeRule fees, int planGraceDays) {
        this.terms = terms;
        this.fees = fees;
        this.planGraceDays = planGraceDays;
    }

    public Decision plan(DossierState state, Procedure procedure, LocalDate today) {
        Decision.Builder decision = new Decision.Builder(state.status(), today);
        if (state.status() == DossierStatus.CLOSED || settle(state, procedure, decision)) {
            return decision.build();
        }
        if (state.plan() != null && followPlan(state, state.plan(), today, decision)) {
            return decision.build();
        }

        decision.reviewOn(today.plusDays(IDLE_REVIEW_DAYS));
        if (state.status() == DossierStatus.ESCALATION_REFUSED || state.status() == DossierStatus.UNDELIVERABLE) {
            return decision.build();
        }
        List<ClaimState> eligible = eligible(state, decision.writeOffsSoFar(), today, decision);
        if (!eligible.isEmpty()) {
            invoiceSending(state, procedure, eligible, today, decision);
            firstReminder(state, procedure, eligible, today, decision);
            nextDossierStep(state, procedure, eligible, today, decision);
        }
        return decision.build();
    }

    /** Writes off small residuals and closes a dossier with nothing left open; true when it closed. */
    private static boolean settle(DossierState state, Procedure procedure, Decision.Builder decision) {
        for (ClaimState claim : state.claims()) {
            if (isResidual(claim, procedure)) {
                decision.writeOff(claim.claimId());
                decision.note("WRITTEN_OFF", "Claim " + claim.claimId() + ": the residual of "
                        + claim.open().toPlainString() + " is below " + procedure.writeOffBelow().toPlainString()
                        + " and is written off.", "procedure " + procedure.name() + " write-off-below");
            }
        }
        boolean anyOpen = state.claims().stream()
                .anyMatch(c -> c.isOpen() && !decision.writeOffsSoFar().contains(c.claimId()));
        if (anyOpen) {
            return false;
        }
        decision.close(closingReason(state, decision), "no claim of the dossier is open any more", "claims-settled");
        return true;
    }

    private static boolean isResidual(ClaimState claim, Procedure procedure) {
        return claim.isOpen() && procedure.writeOffBelow() != null && claim.open().compareTo(claim.amount()) < 0
                && claim.open().compareTo(procedure.writeOffBelow()) < 0;
    }

    private static CloseReason closingReason(DossierState state, Decision.Builder decision) {
        if (state.claims().stream().anyMatch(c -> "PAID".equals(c.status()))) {
            return CloseReason.PAID;
        }
        boolean writtenOff = !decision.writeOffsSoFar().isEmpty()
                || state.claims().stream().anyMatch(c -> "WRITTEN_OFF".equals(c.status()));
        return writtenOff ? CloseReason.WRITTEN_OFF : CloseReason.CREDITED;
    }

    /** Keeps the dossier still while the plan is kept; true when no step may be taken today. */
    private boolean followPlan(DossierState state, PlanState plan, LocalDate today, Decision.Builder decision) {
        BigDecimal total = plan.instalments().stream().map(Instalment::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        if (plan.paidSince().compareTo(total) >= 0) {
            decision.close(CloseReason.PLAN_COMPLETED, "the payments since " + plan.agreedOn() + " reach the plan's "
                    + total.toPlainString(), "payment-plan");
            return true;
        }
        BigDecimal owedByNow = BigDecimal.ZERO;
        for (Instalment instalment : plan.instalments()) {
            owedByNow = owedByNow.add(instalment.amount());
            LocalDate graceEnds = instalment.dueOn().plusDays(planGraceDays);
            if (plan.paidSince().compareTo(owedByNow) < 0) {
                if (today.isAfter(graceEnds)) {
                    decision.planBroken();
                    decision.status(DossierStatus.ACTIVE);
                    decision.note("PLAN_BROKEN", "The instalment due on " + instalment.dueOn() + " was not paid "
                            + "within " + planGraceDays + " days; the procedure resumes.", "payment-plan grace");
                    return false;
                }
                decision.reviewOn(graceEnds.plusDays(1));
                break;
            }
        }
        decision.status(DossierStatus.ON_PLAN);
        return true;
    }

    /** The open claims not held today; notes nothing (holds are in the trail when set). */
    private static List<ClaimState> eligible(DossierState state, List<Long> writtenOff, LocalDate today,
            Decision.Builder decision) {
        for (ClaimState claim : state.claims()) {
            claim.holdOn(today).filter(h -> h.until() != null).ifPresent(h -> decision.reviewOn(h.until().plusDays(1)));
        }
        return state.claims().stream()
                .filter(c -> c.isOpen() && !writtenOff.contains(c.claimId()) && c.holdOn(today).isEmpty())
                .toList();
    }

    private void invoiceSending(DossierState state, Procedure procedure, List<ClaimState> eligible, LocalDate today,
            Decision.Builder decision) {
        Optional<ProcedureStep> step = procedure.step(StepKind.INVOICE_SENDING);
        if (step.isEmpty()) {
            return;
        }
        int days = step.get().days();
        List<ClaimState> unsent = eligible.stream().filter(c -> !c.stepsTaken().containsKey(StepKind.INVOICE_SENDING))
                .filter(c -> !today.isAfter(c.dueDate())).toList();
        unsent.stream().filter(c -> c.issueDate().plusDays(days).isAfter(today))
                .forEach(c -> decision.reviewOn(c.issueDate().plusDays(days)));
        List<ClaimState> due = unsent.stream().filter(c -> !c.issueDate().plusDays(days).isAfter(today)).toList();
        if (!due.isEmpty()) {
            take(state, step.get(), due, today, decision, false);
        }
    }

    private void firstReminder(DossierState state, Procedure procedure, List<ClaimState> eligible, LocalDate today,
            Decision.Builder decision) {
        Optional<ProcedureStep> step = firstReminderStep(state, procedure);
        if (step.isEmpty()) {
            return;
        }
        int days = step.get().days();
        List<ClaimState> waiting = eligible.stream().filter(c -> !c.stepsTaken().containsKey(StepKind.REMINDER_1))
                .toList();
        waiting.stream().filter(c -> c.dueDate().plusDays(days).isAfter(today))
                .forEach(c -> decision.reviewOn(c.dueDate().plusDays(days)));
        List<ClaimState> due = waiting.stream().filter(c -> !c.dueDate().plusDays(days).isAfter(today)).toList();
        if (due.isEmpty()) {
            return;
        }
        if (procedure.step(StepKind.REMINDER_1).isEmpty()) {
            decision.note("LAW_APPLIED", "The procedure has no first reminder; a consumer gets a free one before "
                    + "any cost.", "book-xix-free-first-reminder");
        }
        take(state, step.get(), due, today, decision, false);
    }

    private static Optional<ProcedureStep> firstReminderStep(DossierState state, Procedure procedure) {
        Optional<ProcedureStep> step = procedure.step(StepKind.REMINDER_1);
        if (step.isPresent() || state.debtor() != DebtorKind.CONSUMER) {
            return step;
        }
        return Optional.of(LEGAL_FIRST_REMINDER);
    }

    private void nextDossierStep(DossierState state, Procedure procedure, List<ClaimState> eligible,
            LocalDate today, Decision.Builder decision) {
        boolean needsReminder = firstReminderStep(state, procedure).isPresent();
        List<ClaimState> ready = eligible.stream().filter(c -> isReady(c, needsReminder, today)).toList();
        eligible.stream().filter(c -> !ready.contains(c)).map(c -> c.stepsTaken().get(StepKind.REMINDER_1))
                .filter(termEnd -> termEnd != null).forEach(termEnd -> decision.reviewOn(termEnd.plusDays(1)));
        if (ready.isEmpty()) {
            return;
        }

        Optional<StepTaken> last = state.lastDossierStep();
        if (last.isPresent() && last.get().termEndsOn() == null) {
            // The previous step's letter has not left (pending, deferred or undeliverable): no term runs yet.
            return;
        }
        for (ProcedureStep step : dossierStepsAfter(procedure, last)) {
            BigDecimal open = total(ready);
            if (!step.appliesTo(state.debtor(), open)) {
                decision.note("STEP_SKIPPED", step.kind() + " does not apply: debtor " + state.debtor()
                        + ", open " + open.toPlainString() + ".", "procedure " + procedure.name() + " conditions");
                continue;
            }
            LocalDate dueOn = dueOn(step, state, last, ready);
            if (dueOn.isAfter(today)) {
                decision.reviewOn(dueOn);
                return;
            }
            if (step.needsApproval() && state.approvedStep() != step.kind()) {
                awaitApproval(state, step, open, decision);
                return;
            }
            noteLeftOff(eligible, ready, step, decision);
            take(state, step, ready, today, decision, true);
            return;
        }
    }

    /** Whether a claim may be on a dossier step: it had its free first reminder and that term has ended. */
    private static boolean isReady(ClaimState claim, boolean needsReminder, LocalDate today) {
        if (!needsReminder) {
            return today.isAfter(claim.dueDate());
        }
        LocalDate termEnd = claim.stepsTaken().get(StepKind.REMINDER_1);
        return termEnd != null && today.isAfter(termEnd);
    }

    private static List<ProcedureStep> dossierStepsAfter(Procedure procedure, Optional<StepTaken> last) {
        return procedure.steps().stream().filter(s -> !s.kind().isPerClaim())
                .filter(s -> last.isEmpty() || s.kind().compareTo(last.get().kind()) > 0).toList();
    }

    private static LocalDate dueOn(ProcedureStep step, DossierState state, Optional<StepTaken> last,
            List<ClaimState> ready) {
        return switch (step.after()) {
            case ISSUE_DATE -> earliest(ready, ClaimState::issueDate).plusDays(step.days());
            case DUE_DATE -> earliest(ready, ClaimState::dueDate).plusDays(step.days());
            case PREVIOUS_TERM -> previousTermEnd(state, last, ready).plusDays(1 + step.days());
        };
    }

    private static LocalDate previousTermEnd(DossierState state, Optional<StepTaken> last, List<ClaimState> ready) {
        if (last.isPresent()) {
            return last.get().termEndsOn();
        }
        return state.mainStep(StepKind.REMINDER_1).map(StepTaken::termEndsOn)
                .orElseGet(() -> earliest(ready, ClaimState::dueDate));
    }

    private static LocalDate earliest(List<ClaimState> claims, Function<ClaimState, LocalDate> date) {
        return claims.stream().map(date).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static void awaitApproval(DossierState state, ProcedureStep step, BigDecimal open,
            Decision.Builder decision) {
        if (state.status() != DossierStatus.AWAITING_APPROVAL) {
            decision.note("AWAITING_APPROVAL", step.kind() + " is due; the hub proposes it for "
                    + open.toPlainString() + " open and waits for the client's approval.",
                    "procedure step " + step.kind() + " approval");
        }
        decision.awaitApproval(step.kind());
    }

    private static void noteLeftOff(List<ClaimState> eligible, List<ClaimState> ready, ProcedureStep step,
            Decision.Builder decision) {
        for (ClaimState claim : eligible) {
            if (!ready.contains(claim)) {
                decision.note("CLAIM_LEFT_OFF", "Claim " + claim.claimId() + " is not on " + step.kind() + ": its "
                        + "own first reminder's term has not ended; it joins a later step.",
                        "book-xix-free-first-reminder");
            }
        }
    }

    private void take(DossierState state, ProcedureStep step, List<ClaimState> claims, LocalDate today,
            Decision.Builder decision, boolean freeReminderDone) {
        Channel channel = step.kind().isLetter() || step.kind() == StepKind.INVOICE_SENDING
                ? step.channelFor(state.debtorHasEmail()) : null;
        BigDecimal open = total(claims);
        TermRule.Term term = terms.term(step.kind(), state.debtor(), channel, today, step.termDays());
        FeeRule.Fee fee = fees.fee(step.kind(), step.fee(), state.debtor(), freeReminderDone, claims.stream()
                .map(c -> new FeeRule.ClaimDue(c.claimId(), c.open(), c.wasCharged())).toList());
        lawNote(decision, step.kind(), term.lawNote(), term.rule());
        lawNote(decision, step.kind(), fee.lawNote(), fee.rule());

        int round = step.kind().isPerClaim() && state.hasTaken(step.kind()) ? (int) today.toEpochDay() : 0;
        List<ClaimLine> lines = claims.stream().map(c -> new ClaimLine(c.claimId(), c.open(), fee.on(c.claimId())))
                .toList();
        decision.step(new PlannedStep(step.kind(), round, channel, lines, term.endsOn(), fee.amount()));
        if (state.status() == DossierStatus.AWAITING_APPROVAL || state.status() == DossierStatus.ON_PLAN) {
            decision.status(DossierStatus.ACTIVE);
        }
        decision.note("STEP_PLANNED", step.kind() + " for " + claims.size() + " claim(s) open "
                + open.toPlainString() + (channel == null ? " as a task" : " by " + channel) + ", term until "
                + term.endsOn() + ", fee " + fee.amount().toPlainString() + ".", "procedure step " + step.kind());
    }

    private static void lawNote(Decision.Builder decision, StepKind kind, String note, String rule) {
        if (note != null) {
            decision.note("LAW_APPLIED", kind + ": " + note + ".", rule);
        }
    }

    private static BigDecimal total(List<ClaimState> claims) {
        return claims.stream().map(ClaimState::open).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
