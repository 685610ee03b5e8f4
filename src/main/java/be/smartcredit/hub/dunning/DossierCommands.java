package be.smartcredit.hub.dunning;

import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.platform.HubClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person does to a dossier or a claim: holds, payment plans, approving an escalation, closing, and
 * recording a step sent by hand. Each change is in the audit trail and has the dossier reviewed by the next run.
 */
@Service
public class DossierCommands {

    private static final Logger log = LoggerFactory.getLogger(DossierCommands.class);

    /** What {@code awaiting_step} holds while a proposal to close the dossier waits, before the reason. */
    private static final String CLOSING = "CLOSE_";

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Claims claims;
    private final TermRule terms;
    private final HubClock clock;
    private final UndeliverableDossiers undeliverables;

    DossierCommands(JdbcClient jdbc, Dossiers dossiers, Claims claims, TermRule terms, HubClock clock,
            UndeliverableDossiers undeliverables) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.claims = claims;
        this.terms = terms;
        this.clock = clock;
        this.undeliverables = undeliverables;
    }

    /** Puts a claim on hold; returns the hold's id. */
    @Transactional
    public long addHold(long claimId, HoldKind kind, String reason, LocalDate until) {
        LocalDate today = clock.today();
        long dossierId = dossiers.dossierOf(claimId).orElseThrow(() -> new NotFound("claim " + claimId
                + " is in no dossier (yet)"));
        checkHold(kind, reason, until, today);

        long holdId = jdbc.sql("""
                INSERT INTO claim_holds (claim_id, kind, reason, until, created_on) VALUES (?, ?, ?, ?, ?)
                RETURNING id""").params(claimId, kind.name(), reason, until, today).query(Long.class).single();
        claims.recordEvent(claimId, "HOLD_ADDED", kind + (until == null ? "" : " until " + until));
        dossiers.recordEvent(dossierId, today, "HOLD_ADDED", "Claim " + claimId + " is held (" + kind + ")"
                + (until == null ? " until released" : " until " + until) + ": " + reason + ".", "hold " + kind);
        dossiers.reviewNow(dossierId, today);
        log.info("Hold added: dossier='{}' claim='{}' hold='{}' kind='{}'.", dossierId, claimId, holdId, kind);
        return holdId;
    }

    private static void checkHold(HoldKind kind, String reason, LocalDate until, LocalDate today) {
        if (kind == null) {
            throw new BadRequest("field 'kind' is missing; one of " + List.of(HoldKind.values()));
        }
        if (kind.needsUntil() && until == null) {
            throw new BadRequest("field 'until' is missing: a " + kind + " hold needs an end date");
        }
        if (until != null && until.isBefore(today)) {
            throw new BadRequest("field 'until' is " + until + ", before today (" + today + ")");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadRequest("field 'reason' is missing: say why the claim is held");
        }
    }

    /** Puts every open claim of the dossier on hold; returns the holds' ids. */
    @Transactional
    public List<Long> holdDossier(long dossierId, HoldKind kind, String reason, LocalDate until) {
        requireOpen(dossierId);
        List<Long> open = jdbc.sql("SELECT id FROM claims WHERE dossier_id = ? AND status = 'OPEN' ORDER BY id")
                .param(dossierId).query(Long.class).list();
        if (open.isEmpty()) {
            throw new Conflict("dossier " + dossierId + " has no open claim to hold");
        }
        return open.stream().map(claimId -> addHold(claimId, kind, reason, until)).toList();
    }

    /**
     * Ends the term of a step the dossier took, so that the next run plans the procedure's next step at once:
     * a phone campaign that reached no one, a visit that recommends the legal route, a partner's advice.
     */
    @Transactional
    public void moveOn(long dossierId, StepKind kind, String why) {
        LocalDate today = clock.today();
        requireOpen(dossierId);
        int ended = jdbc.sql("""
                UPDATE dunning_actions SET term_ends_on = ? WHERE dossier_id = ? AND step = ? AND round = 0
                   AND claim_id IS NULL AND (term_ends_on IS NULL OR term_ends_on >= ?)""")
                .params(today.minusDays(1), dossierId, kind.name(), today).update();
        if (ended == 0) {
            throw new Conflict("dossier " + dossierId + " has no " + kind + " whose term is still running");
        }
        dossiers.recordEvent(dossierId, today, "STEP_ENDED", kind + " ended early: " + why
                + "; the procedure moves on.", "casework " + kind);
        dossiers.reviewNow(dossierId, today);
        log.info("Step ended early: dossier='{}' step='{}'.", dossierId, kind);
    }

    /** Keeps a step's term running at least until {@code until}, so that casework still to come has its time. */
    @Transactional
    public void extendTerm(long dossierId, StepKind kind, LocalDate until, String why) {
        int extended = jdbc.sql("""
                UPDATE dunning_actions SET term_ends_on = ? WHERE dossier_id = ? AND step = ? AND round = 0
                   AND claim_id IS NULL AND term_ends_on < ?""")
                .params(until, dossierId, kind.name(), until).update();
        if (extended > 0) {
            dossiers.recordEvent(dossierId, clock.today(), "TERM_EXTENDED", kind + " runs until " + until + ": "
                    + why + ".", "casework " + kind);
            log.info("Step term extended: dossier='{}' step='{}' until='{}'.", dossierId, kind, until);
        }
    }

    /**
     * Proposes closing the dossier for {@code reason}: it waits (AWAITING_APPROVAL, no review) until the client
     * approves, which closes it, or refuses, which lets the procedure go on.
     */
    @Transactional
    public void proposeClosing(long dossierId, CloseReason reason, String why) {
        LocalDate today = clock.today();
        requireOpen(dossierId);

        jdbc.sql("""
                UPDATE dossiers SET status = 'AWAITING_APPROVAL', awaiting_step = ?, next_review_on = NULL
                 WHERE id = ?""").params(CLOSING + reason.name(), dossierId).update();
        dossiers.recordEvent(dossierId, today, "CLOSING_PROPOSED", "The hub proposes closing the dossier as "
                + reason + ": " + why + "; it waits for the client's approval.", "casework " + reason);
        log.info("Closing proposed: dossier='{}' reason='{}'.", dossierId, reason);
    }

    /** Releases a hold (a dispute resolved, a block lifted early). */
    @Transactional
    public void releaseHold(long claimId, long holdId) {
        LocalDate today = clock.today();
        int released = jdbc.sql("""
                UPDATE claim_holds SET released_on = ? WHERE id = ? AND claim_id = ? AND released_on IS NULL""")
                .params(today, holdId, claimId).update();
        if (released == 0) {
            throw new NotFound("claim " + claimId + " has no hold " + holdId + " in force");
        }
        long dossierId = dossiers.dossierOf(claimId).orElseThrow();
        claims.recordEvent(claimId, "HOLD_RELEASED", "hold " + holdId);
        dossiers.recordEvent(dossierId, today, "HOLD_RELEASED", "The hold " + holdId + " on claim " + claimId
                + " was released; the procedure follows the claim again.", null);
        dossiers.reviewNow(dossierId, today);
    }

    /** Agrees a payment plan; while its instalments are paid, the dossier takes no step. */
    @Transactional
    public long addPaymentPlan(long dossierId, List<DossierState.Instalment> instalments) {
        LocalDate today = clock.today();
        requireOpen(dossierId);
        checkInstalments(instalments, today);

        jdbc.sql("UPDATE payment_plans SET status = 'REPLACED' WHERE dossier_id = ? AND status = 'ACTIVE'")
                .param(dossierId).update();
        long planId = jdbc.sql("""
                INSERT INTO payment_plans (dossier_id, agreed_on, status) VALUES (?, ?, 'ACTIVE') RETURNING id""")
                .params(dossierId, today).query(Long.class).single();
        instalments.forEach(i -> jdbc.sql("INSERT INTO plan_instalments (plan_id, due_on, amount) VALUES (?, ?, ?)")
                .params(planId, i.dueOn(), i.amount()).update());
        jdbc.sql("UPDATE dossiers SET status = 'ON_PLAN', next_review_on = ? WHERE id = ?").params(today, dossierId)
                .update();
        BigDecimal total = instalments.stream().map(DossierState.Instalment::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        dossiers.recordEvent(dossierId, today, "PLAN_AGREED", "Payment plan " + planId + ": " + instalments.size()
                + " instalment(s), " + total.toPlainString() + " in all, the last on "
                + instalments.get(instalments.size() - 1).dueOn() + ".", "payment-plan");
        log.info("Payment plan agreed: dossier='{}' plan='{}' instalments='{}'.", dossierId, planId,
                instalments.size());
        return planId;
    }

    private static void checkInstalments(List<DossierState.Instalment> instalments, LocalDate today) {
        if (instalments == null || instalments.isEmpty()) {
            throw new BadRequest("field 'instalments' is missing or empty");
        }
        LocalDate previous = today.minusDays(1);
        for (int i = 0; i < instalments.size(); i++) {
            DossierState.Instalment instalment = instalments.get(i);
            if (instalment.dueOn() == null || !instalment.dueOn().isAfter(previous)) {
                throw new BadRequest("field 'instalments[" + i + "].dueOn' must be a date from today on, later "
                        + "than the instalment before");
            }
            if (instalment.amount() == null || instalment.amount().signum() <= 0) {
                throw new BadRequest("field 'instalments[" + i + "].amount' must be a positive amount");
            }
            previous = instalment.dueOn();
        }
    }

    /** The client's answer to an escalation waiting for approval. */
    @Transactional
    public void decideApproval(long dossierId, boolean approve) {
        LocalDate today = clock.today();
        String awaiting = jdbc.sql("SELECT awaiting_step FROM dossiers WHERE id = ? AND status = 'AWAITING_APPROVAL'")
                .param(dossierId).query(String.class).optional()
                .orElseThrow(() -> new Conflict("dossier " + dossierId + " is not waiting for approval"));
        if (awaiting.startsWith(CLOSING)) {
            decideClosing(dossierId, CloseReason.valueOf(awaiting.substring(CLOSING.length())), approve);
            return;
        }
        if (approve) {
            jdbc.sql("""
                    UPDATE dossiers SET status = 'ACTIVE', approved_step = awaiting_step, awaiting_step = NULL,
                           next_review_on = ? WHERE id = ?""").params(today, dossierId).update();
        } else {
            jdbc.sql("UPDATE dossiers SET status = 'ESCALATION_REFUSED', awaiting_step = NULL WHERE id = ?")
                    .param(dossierId).update();
        }
        dossiers.recordEvent(dossierId, today, approve ? "ESCALATION_APPROVED" : "ESCALATION_REFUSED",
                "The client " + (approve ? "approved " : "refused ") + awaiting + ".", "client approval");
        log.info("Escalation {}: dossier='{}' step='{}'.", approve ? "approved" : "refused", dossierId, awaiting);
    }

    private void decideClosing(long dossierId, CloseReason reason, boolean approve) {
        LocalDate today = clock.today();
        jdbc.sql("UPDATE dossiers SET status = 'ACTIVE', awaiting_step = NULL, next_review_on = ? WHERE id = ?")
                .params(today, dossierId).update();
        dossiers.recordEvent(dossierId, today, approve ? "CLOSING_APPROVED" : "CLOSING_REFUSED", "The client "
                + (approve ? "approved" : "refused") + " closing the dossier as " + reason + ".", "client approval");
        if (approve) {
            close(dossierId, reason, "the client approved the hub's proposal");
        }
        log.info("Closing {}: dossier='{}' reason='{}'.", approve ? "approved" : "refused", dossierId, reason);
    }

    /**
     * A person releases a dossier stopped by an undeliverable letter (the address was checked, or a way to
     * reach the debtor was found): the letter is sent again and the procedure goes on.
     */
    @Transactional
    public void resumeDelivery(long dossierId, String why) {
        LocalDate today = clock.today();
        String reason = why == null || why.isBlank() ? "released by a person" : "released by a person: " + why;
        if (!undeliverables.resume(dossierId, reason, today)) {
            throw new Conflict("dossier " + dossierId + " is not stopped by an undeliverable letter");
        }
    }

    /** Closes a dossier by hand with a reason. */
    @Transactional
    public void close(long dossierId, CloseReason reason, String why) {
        LocalDate today = clock.today();
        requireOpen(dossierId);
        if (reason == null) {
            throw new BadRequest("field 'reason' is missing; one of " + List.of(CloseReason.values()));
        }
        jdbc.sql("""
                UPDATE dossiers SET status = 'CLOSED', close_reason = ?, closed_on = ?, next_review_on = NULL
                 WHERE id = ?""").params(reason.name(), today, dossierId).update();
        dossiers.recordEvent(dossierId, today, "CLOSED", "Closed by hand as " + reason
                + (why == null || why.isBlank() ? "." : ": " + why + "."), "closed by hand");
        log.info("Dossier closed: dossier='{}' reason='{}'.", dossierId, reason);
    }

    /** Records a step sent outside the hub; it counts as sent and is never sent again. */
    @Transactional
    public long sentByHand(long dossierId, StepKind kind) {
        LocalDate today = clock.today();
        requireOpen(dossierId);
        Optional<Map.Entry<Long, String>> existing = jdbc.sql("""
                SELECT id, status FROM dunning_actions WHERE dossier_id = ? AND step = ? AND round = 0
                   AND claim_id IS NULL FOR UPDATE""").params(dossierId, kind.name())
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("status"))).optional();
        long actionId = existing.isPresent() ? markByHand(existing.get()) : insertByHand(dossierId, kind, today);

        raiseStage(dossierId, kind, today);
        dossiers.recordEvent(dossierId, today, "SENT_BY_HAND", kind + " was sent by hand (action " + actionId
                + "); it counts as sent.", "sent-by-hand");
        log.info("Step sent by hand: dossier='{}' step='{}' action='{}'.", dossierId, kind, actionId);
        return actionId;
    }

    private void raiseStage(long dossierId, StepKind kind, LocalDate today) {
        String stage = jdbc.sql("SELECT stage FROM dossiers WHERE id = ?").param(dossierId).query(String.class)
                .optional().orElse(null);
        if (stage == null || kind.compareTo(StepKind.valueOf(stage)) > 0) {
            jdbc.sql("UPDATE dossiers SET stage = ?, stage_on = ? WHERE id = ?").params(kind.name(), today, dossierId)
                    .update();
        }
        dossiers.reviewNow(dossierId, today);
    }

    private long markByHand(Map.Entry<Long, String> action) {
        if (!"PENDING".equals(action.getValue())) {
            throw new Conflict("the step is already " + action.getValue() + " (action " + action.getKey() + ")");
        }
        jdbc.sql("UPDATE dunning_actions SET status = 'SENT_BY_HAND', sent_at = now() WHERE id = ?")
                .param(action.getKey()).update();
        return action.getKey();
    }

    private long insertByHand(long dossierId, StepKind kind, LocalDate today) {
        DossierState state = dossiers.load(dossierId);
        TermRule.Term term = terms.term(kind, state.debtor(), Channel.POST, today, 14);
        long actionId = jdbc.sql("""
                INSERT INTO dunning_actions (dossier_id, step, round, due_on, status, channel, term_ends_on,
                                             published_at, sent_at)
                VALUES (?, ?, 0, ?, 'SENT_BY_HAND', 'POST', ?, now(), now()) RETURNING id""")
                .params(dossierId, kind.name(), today, term.endsOn()).query(Long.class).single();
        state.claims().stream().filter(c -> c.isOpen() && c.holdOn(today).isEmpty()).forEach(c -> jdbc.sql("""
                INSERT INTO action_claims (action_id, claim_id, open_amount) VALUES (?, ?, ?)""")
                .params(actionId, c.claimId(), c.open()).update());
        return actionId;
    }

    private void requireOpen(long dossierId) {
        String status = jdbc.sql("SELECT status FROM dossiers WHERE id = ?").param(dossierId).query(String.class)
                .optional().orElseThrow(() -> new NotFound("no dossier " + dossierId));
        if ("CLOSED".equals(status)) {
            throw new Conflict("dossier " + dossierId + " is closed");
        }
    }

    /** A request naming a dossier, claim or hold that does not exist. */
    public static class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** A request with a missing or wrong field. */
    public static class BadRequest extends RuntimeException {
        public BadRequest(String message) {
            super(message);
        }
    }

    /** A request the dossier's state does not allow. */
    public static class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(message);
        }
    }
}
