package be.smartcredit.hub.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the planner decided for one dossier on one day, with its reasons.
 *
 * @param steps the steps to take today (each becomes one action)
 * @param close the reason to close the dossier, or {@code null}
 * @param writeOffs the claims whose residual is written off
 * @param status the dossier's status after today
 * @param awaitingStep the escalation step waiting for the client's approval, or {@code null}
 * @param planBroken whether the payment plan in force is broken (a missed instalment)
 * @param notes what was decided and why, for the dossier's audit trail
 * @param nextReviewOn when the dossier must be looked at again, or {@code null} for not before a change
 */
public record Decision(List<PlannedStep> steps, CloseReason close, List<Long> writeOffs, DossierStatus status,
        StepKind awaitingStep, boolean planBroken, List<Note> notes, LocalDate nextReviewOn) {

    /**
     * One step to take.
     *
     * @param kind the step
     * @param round 0 for the dossier's step, the day's number for a late claim's own per-claim step
     * @param channel the channel of a letter, or {@code null} for a task
     * @param claims the claims on the letter with their open amounts
     * @param termEndsOn the last day to pay
     * @param fee the fee the step charges
     */
    public record PlannedStep(StepKind kind, int round, Channel channel, List<ClaimLine> claims,
            LocalDate termEndsOn, BigDecimal fee) {
    }

    /** A claim on a letter, what was open of it and the fee the step charges on it. */
    public record ClaimLine(long claimId, BigDecimal open, BigDecimal fee) {
    }

    /**
     * One entry for the audit trail.
     *
     * @param kind what happened, such as STEP_PLANNED or LAW_APPLIED
     * @param detail why, in a sentence
     * @param rule the procedure field or legal rule behind it, or {@code null}
     */
    public record Note(String kind, String detail, String rule) {
    }

    /** Collects a decision while the planner works. */
    static final class Builder {

        private final List<PlannedStep> steps = new ArrayList<>();
        private final List<Long> writeOffs = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private final LocalDate today;
        private DossierStatus status;
        private CloseReason close;
        private boolean planBroken;
        private StepKind awaitingStep;
        private LocalDate nextReviewOn;

        Builder(DossierStatus status, LocalDate today) {
            this.status = status;
            this.today = today;
        }

        void step(PlannedStep step) {
            steps.add(step);
            reviewOn(step.termEndsOn().plusDays(1));
        }

        void note(String kind, String detail, String rule) {
            notes.add(new Note(kind, detail, rule));
        }

        void close(CloseReason reason, String why, String rule) {
            close = reason;
            status = DossierStatus.CLOSED;
            note("CLOSED", "Closed as " + reason + ": " + why + ".", rule);
        }

        void writeOff(long claimId) {
            writeOffs.add(claimId);
        }

        void status(DossierStatus newStatus) {
            status = newStatus;
        }

        void awaitApproval(StepKind step) {
            status = DossierStatus.AWAITING_APPROVAL;
            awaitingStep = step;
        }

        void planBroken() {
            planBroken = true;
        }

        /** Asks for a review on {@code day} unless an earlier one is asked; never today or before. */
        void reviewOn(LocalDate day) {
            LocalDate candidate = day.isAfter(today) ? day : today.plusDays(1);
            if (nextReviewOn == null || candidate.isBefore(nextReviewOn)) {
                nextReviewOn = candidate;
            }
        }

        List<Long> writeOffsSoFar() {
            return writeOffs;
        }

        Decision build() {
            return new Decision(List.copyOf(steps), close, List.copyOf(writeOffs), status, awaitingStep, planBroken,
                    List.copyOf(notes), close != null ? null : nextReviewOn);
        }
    }
}
