package be.smartcredit.hub.dunning;

import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.dunning.Decision.ClaimLine;
import be.smartcredit.hub.dunning.Decision.PlannedStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate batch;

    DecisionWriter(JdbcClient jdbc, JdbcTemplate batch, Dossiers dossiers, Claims claims) {
        this.jdbc = jdbc;
        this.batch = batch;
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
        List<Long> claimIds = step.claims().stream().map(ClaimLine::claimId).toList();
        batch.batchUpdate("""
                INSERT INTO action_claims (action_id, claim_id, open_amount, fee_amount) VALUES (?, ?, ?, ?)""",
                step.claims(), step.claims().size(), (insert, line) -> {
                    insert.setLong(1, actionId.get());
                    insert.setLong(2, line.claimId());
                    insert.setBigDecimal(3, line.open());
                    insert.setBigDecimal(4, line.fee());
                });
        if (!claimIds.isEmpty()) {
            jdbc.sql("UPDATE claims SET last_step = :step, last_step_on = :today WHERE id IN (:ids)")
                    .param("step", step.kind().name()).param("today", today).param("ids", claimIds).update();
        }
        claims.recordEvent(claimIds, "STEP_PLANNED", step.kind() + " due on " + today + " in dossier " + dossierId);
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
        String reached = stage;
        for (PlannedStep step : decision.steps()) {
            if (reached == null || step.kind().compareTo(StepKind.valueOf(reached)) > 0) {
                reached = step.kind().name();
            }
        }
        if (reached != null && !reached.equals(stage)) {
            jdbc.sql("UPDATE dossiers SET stage = ?, stage_on = ? WHERE id = ?").params(reached, today, dossierId)
                    .update();
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
