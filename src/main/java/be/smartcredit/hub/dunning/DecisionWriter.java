package be.smartcredit.hub.dunning;

import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.dunning.Decision.ClaimLine;
import be.smartcredit.hub.dunning.Decision.PlannedStep;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores a planner's decision in the caller's transaction: one action per (dossier, step, round) with the
 * claims on its letter, write-offs, the dossier's new state and every reason in its audit trail.
 */
@Component
class DecisionWriter {

    private static final Logger log = LoggerFactory.getLogger(DecisionWriter.class);

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Claims claims;

    DecisionWriter(JdbcClient jdbc, Dossiers dossiers, Claims claims) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.claims = claims;
    }

    /** Stores the decision; returns how many actions it created (a step planned before creates none). */
    int apply(long dossierId, Decision decision, LocalDate today) {
        int created = 0;
        for (PlannedStep step : decision.steps()) {
            created += insertAction(dossierId, step, today) ? 1 : 0;
        }
        decision.writeOffs().forEach(claimId -> writeOff(claimId));
        if (decision.planBroken()) {
            jdbc.sql("UPDATE payment_plans SET status = 'BROKEN' WHERE dossier_id = ? AND status = 'ACTIVE'")
                    .param(dossierId).update();
        }
        updateDossier(dossierId, decision, today);
        decision.notes().forEach(note -> dossiers.recordEvent(dossierId, today, note.kind(), note.detail(),
                note.rule()));
        return created;
    }

    private boolean insertAction(long dossierId, PlannedStep step, LocalDate today) {
        Optional<Long> actionId = jdbc.sql("""
                INSERT INTO dunning_actions (dossier_id, step, round, due_on, status, channel, term_ends_on,
                                             fee_amount)
                VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?)
                ON CONFLICT (dossier_id, step, round) WHERE claim_id IS NULL DO NOTHING
                RETURNING id""")
                .params(dossierId, step.kind().name(), step.round(), today,
                        step.channel() == null ? null : step.channel().name(), step.termEndsOn(), step.fee())
                .query(Long.class).optional();
        if (actionId.isEmpty()) {
            return false;
        }
        for (ClaimLine line : step.claims()) {
            jdbc.sql("INSERT INTO action_claims (action_id, claim_id, open_amount, fee_amount) VALUES (?, ?, ?, ?)")
                    .params(actionId.get(), line.claimId(), line.open(), line.fee()).update();
            jdbc.sql("UPDATE claims SET last_step = ?, last_step_on = ? WHERE id = ?")
                    .params(step.kind().name(), today, line.claimId()).update();
            claims.recordEvent(line.claimId(), "STEP_PLANNED", step.kind() + " due on " + today + " in dossier "
                    + dossierId);
        }
        log.info("Step planned: dossier='{}' step='{}' action='{}' claims='{}' date='{}'.", dossierId, step.kind(),
                actionId.get(), step.claims().size(), today);
        return true;
    }

    private void writeOff(long claimId) {
        jdbc.sql("UPDATE claims SET status = 'WRITTEN_OFF', next_action_on = NULL WHERE id = ? AND status = 'OPEN'")
                .param(claimId).update();
        claims.recordEvent(claimId, "WRITTEN_OFF", "the residual is below the procedure's write-off threshold");
        log.info("Residual written off: claim='{}'.", claimId);
    }

    private void updateDossier(long dossierId, Decision decision, LocalDate today) {
        String stage = jdbc.sql("SELECT stage FROM dossiers WHERE id = ?").param(dossierId).query(String.class)
                .optional().orElse(null);
        for (PlannedStep step : decision.steps()) {
            if (stage == null || step.kind().compareTo(StepKind.valueOf(stage)) > 0) {
                stage = step.kind().name();
                jdbc.sql("UPDATE dossiers SET stage = ?, stage_on = ? WHERE id = ?").params(stage, today, dossierId)
                        .update();
            }
        }
        jdbc.sql("""
                UPDATE dossiers SET status = ?, awaiting_step = ?, close_reason = ?, closed_on = ?, next_review_on = ?
                 WHERE id = ?""")
                .params(decision.status().name(),
                        decision.awaitingStep() == null ? null : decision.awaitingStep().name(),
                        decision.close() == null ? null : decision.close().name(),
                        decision.close() == null ? null : today, decision.nextReviewOn(), dossierId)
                .update();
        if (decision.close() != null) {
            log.info("Dossier closed: dossier='{}' reason='{}'.", dossierId, decision.close());
        }
    }
}
