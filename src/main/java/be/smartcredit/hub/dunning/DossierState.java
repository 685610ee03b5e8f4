package be.smartcredit.hub.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the planner needs to know about one dossier on one day; built from the database, or by hand
 * in tests.
 *
 * @param dossierId the dossier
 * @param debtor consumer or business
 * @param debtorHasEmail whether e-mail is a possible channel
 * @param status the dossier's status
 * @param approvedStep the escalation step the client approved, or {@code null}
 * @param claims the dossier's claims
 * @param steps the dossier's actions so far
 * @param plan the payment plan in force, or {@code null}
 */
public record DossierState(
        long dossierId,
        DebtorKind debtor,
        boolean debtorHasEmail,
        DossierStatus status,
        StepKind approvedStep,
        List<ClaimState> claims,
        List<StepTaken> steps,
        PlanState plan) {

    public DossierState {
        claims = List.copyOf(claims);
        steps = List.copyOf(steps);
    }

    /** The last dossier-wide step taken (not a per-claim one), if any. */
    public Optional<StepTaken> lastDossierStep() {
        return steps.stream().filter(s -> !s.kind().isPerClaim()).reduce((a, b) -> a.kind().compareTo(b.kind()) >= 0
                ? a : b);
    }

    public boolean hasTaken(StepKind kind) {
        return steps.stream().anyMatch(s -> s.kind() == kind);
    }

    public Optional<StepTaken> mainStep(StepKind kind) {
        return steps.stream().filter(s -> s.kind() == kind && s.round() == 0).findFirst();
    }

    /**
     * One claim of the dossier.
     *
     * @param claimId the claim
     * @param issueDate its issue date
     * @param dueDate its due date
     * @param amount its amount
     * @param open what is still open
     * @param status OPEN, PAID, CREDIT or WRITTEN_OFF
     * @param holds the holds in force or ended
     * @param stepsTaken the per-claim steps this claim was on, with the last day of each one's term ({@code null}
     *     while that step's letter has not left: no term runs yet)
     * @param feeCharged the lump sum or compensation earlier steps charged on this claim
     */
    public record ClaimState(long claimId, LocalDate issueDate, LocalDate dueDate, BigDecimal amount,
            BigDecimal open, String status, List<Hold> holds, Map<StepKind, LocalDate> stepsTaken,
            BigDecimal feeCharged) {

        public ClaimState {
            holds = List.copyOf(holds);
            stepsTaken = Collections.unmodifiableMap(new HashMap<>(stepsTaken));
            feeCharged = feeCharged == null ? BigDecimal.ZERO : feeCharged;
        }

        public boolean wasCharged() {
            return feeCharged.signum() > 0;
        }

        public boolean isOpen() {
            return "OPEN".equals(status) && open.signum() > 0;
        }

        /** The hold that keeps this claim off letters today, if any. */
        public Optional<Hold> holdOn(LocalDate today) {
            return holds.stream().filter(h -> h.appliesOn(today)).findFirst();
        }
    }

    /**
     * A hold on a claim.
     *
     * @param kind what holds the claim
     * @param until the last day it holds, or {@code null} until released
     */
    public record Hold(HoldKind kind, LocalDate until) {

        public boolean appliesOn(LocalDate day) {
            return until == null || !day.isAfter(until);
        }
    }

    /**
     * A step the dossier took.
     *
     * @param kind the step
     * @param round 0 for the dossier's step; a later per-claim round (for late claims) otherwise
     * @param takenOn the day it was planned
     * @param termEndsOn the last day of the term it gave, or {@code null} while its letter has not left
     */
    public record StepTaken(StepKind kind, int round, LocalDate takenOn, LocalDate termEndsOn) {
    }

    /**
     * A payment plan in force.
     *
     * @param planId the plan
     * @param agreedOn when it was agreed
     * @param instalments the instalments, by due date
     * @param paidSince what the dossier's claims received since the plan was agreed
     */
    public record PlanState(long planId, LocalDate agreedOn, List<Instalment> instalments, BigDecimal paidSince) {

        public PlanState {
            instalments = List.copyOf(instalments);
        }
    }

    /** One instalment of a plan. */
    public record Instalment(LocalDate dueOn, BigDecimal amount) {
    }
}
