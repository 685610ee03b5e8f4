package be.smartcredit.hub.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models of dossiers for the API and the portal: the list with totals, one dossier's claims and actions. */
@Repository
public class DossierViews {

    public static final String SUMMARY = """
            SELECT d.id, d.connector_id, b.name AS debtor_name, d.procedure_name, d.stage, d.stage_on, d.status,
                   d.awaiting_step, d.close_reason, d.closed_on, d.next_review_on,
                   (SELECT count(*) FROM claims c WHERE c.dossier_id = d.id) AS claims,
                   (SELECT COALESCE(sum(c.amount), 0) FROM claims c WHERE c.dossier_id = d.id) AS total_amount,
                   (SELECT COALESCE(sum(c.open_amount), 0) FROM claims c
                     WHERE c.dossier_id = d.id AND c.status = 'OPEN') AS total_open
              FROM dossiers d JOIN debtors b ON b.id = d.debtor_id""";

    private final JdbcClient jdbc;

    DossierViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Summary> list(int limit, int offset) {
        return jdbc.sql(SUMMARY + " ORDER BY d.id LIMIT ? OFFSET ?").params(limit, offset).query(Summary.class)
                .list();
    }

    public Optional<Summary> find(long dossierId) {
        return jdbc.sql(SUMMARY + " WHERE d.id = ?").param(dossierId).query(Summary.class).optional();
    }

    public List<ClaimLine> claims(long dossierId) {
        return jdbc.sql("""
                SELECT c.id, c.number, c.issue_date, c.due_date, c.amount, c.open_amount, c.status, c.currency,
                       (SELECT string_agg(h.kind || COALESCE(' until ' || h.until, ''), ', ' ORDER BY h.id)
                          FROM claim_holds h WHERE h.claim_id = c.id AND h.released_on IS NULL) AS holds
                  FROM claims c WHERE c.dossier_id = ? ORDER BY c.due_date, c.id""")
                .param(dossierId).query(ClaimLine.class).list();
    }

    public List<ActionLine> actions(long dossierId) {
        return jdbc.sql("""
                SELECT a.id, a.step, a.round, a.due_on, a.status, a.channel, a.term_ends_on, a.fee_amount,
                       (SELECT count(*) FROM action_claims ac WHERE ac.action_id = a.id) AS claims
                  FROM dunning_actions a WHERE a.dossier_id = ? ORDER BY a.id""")
                .param(dossierId).query(ActionLine.class).list();
    }

    /** One dossier in the list. */
    public record Summary(long id, String connectorId, String debtorName, String procedureName, String stage,
            LocalDate stageOn, String status, String awaitingStep, String closeReason, LocalDate closedOn,
            LocalDate nextReviewOn, int claims, BigDecimal totalAmount, BigDecimal totalOpen) {
    }

    /** One claim of a dossier. */
    public record ClaimLine(long id, String number, LocalDate issueDate, LocalDate dueDate, BigDecimal amount,
            BigDecimal openAmount, String status, String currency, String holds) {
    }

    /** One action of a dossier. */
    public record ActionLine(long id, String step, int round, LocalDate dueOn, String status, String channel,
            LocalDate termEndsOn, BigDecimal feeAmount, int claims) {
    }
}
