package be.smartcredit.hub.dunning;

import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.dunning.DossierState.ClaimState;
import be.smartcredit.hub.dunning.DossierState.Hold;
import be.smartcredit.hub.dunning.DossierState.Instalment;
import be.smartcredit.hub.dunning.DossierState.PlanState;
import be.smartcredit.hub.dunning.DossierState.StepTaken;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored dossiers: grouping claims into them, loading their state and keeping their audit trail. */
@Repository
public class Dossiers {

    private static final long GATHER_LOCK = 7_301_001L;

    private final JdbcClient jdbc;
    private final Connectors connectors;
    private final Procedures procedures;
    private final DossierPayments payments;

    Dossiers(JdbcClient jdbc, Connectors connectors, Procedures procedures, DossierPayments payments) {
        this.jdbc = jdbc;
        this.connectors = connectors;
        this.procedures = procedures;
        procedures.requireProceduresOf(connectors.all());
        this.payments = payments;
    }

    /**
     * Puts every open claim without a dossier into its debtor's open dossier for that client, opening one
     * when there is none; a dossier that gains claims is reviewed today. Call inside a transaction.
     */
    int gatherNewClaims(LocalDate today) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(GATHER_LOCK).query().singleRow();
        List<Map<String, Object>> pairs = jdbc.sql("""
                SELECT DISTINCT connector_id, debtor_id FROM claims WHERE dossier_id IS NULL AND status = 'OPEN'""")
                .query().listOfRows();
        for (Map<String, Object> pair : pairs) {
            String connectorId = (String) pair.get("connector_id");
            String procedure = connectors.find(connectorId).map(procedures::nameFor).orElse(Procedures.DEFAULT);
            jdbc.sql("""
                    INSERT INTO dossiers (connector_id, debtor_id, procedure_name, status, next_review_on)
                    VALUES (?, ?, ?, 'ACTIVE', ?)
                    ON CONFLICT (connector_id, debtor_id) WHERE status <> 'CLOSED' DO NOTHING""")
                    .params(connectorId, pair.get("debtor_id"), procedure, today).update();
        }
        return jdbc.sql("""
                WITH joined AS (
                    UPDATE claims c SET dossier_id = d.id
                      FROM dossiers d
                     WHERE c.dossier_id IS NULL AND c.status = 'OPEN' AND d.status <> 'CLOSED'
                       AND d.connector_id = c.connector_id AND d.debtor_id = c.debtor_id
                    RETURNING d.id AS dossier_id)
                UPDATE dossiers SET next_review_on = ? WHERE id IN (SELECT dossier_id FROM joined)""")
                .param(today).update();
    }

    /** Locks up to {@code limit} dossiers due for review on {@code today}, skipping those another run holds. */
    List<Long> lockDueForReview(LocalDate today, int limit) {
        return jdbc.sql("""
                SELECT id FROM dossiers
                 WHERE status <> 'CLOSED' AND next_review_on <= ?
                 ORDER BY next_review_on, id
                 LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(today, limit).query(Long.class).list();
    }

    /** The procedure the dossier follows, with the steps its connector's {@code approvals} names waiting. */
    Procedure procedureOf(long dossierId) {
        Map<String, Object> row = jdbc.sql("SELECT procedure_name, connector_id FROM dossiers WHERE id = ?")
                .param(dossierId).query().singleRow();
        List<String> approvals = connectors.find((String) row.get("connector_id")).map(Connector::approvals)
                .orElse(List.of());
        return procedures.get((String) row.get("procedure_name")).withApprovals(approvals);
    }

    /** The dossier as the planner sees it. */
    DossierState load(long dossierId) {
        Map<String, Object> row = jdbc.sql("""
                SELECT d.status, d.approved_step, b.vat_id, b.company_id, b.email, b.debtor_type
                  FROM dossiers d JOIN debtors b ON b.id = d.debtor_id WHERE d.id = ?""")
                .param(dossierId).query().singleRow();
        String email = (String) row.get("email");
        String approved = (String) row.get("approved_step");
        return new DossierState(dossierId, DebtorKind.stored((String) row.get("debtor_type"),
                (String) row.get("vat_id"), (String) row.get("company_id")),
                email != null && !email.isBlank(), DossierStatus.valueOf((String) row.get("status")),
                approved == null ? null : StepKind.valueOf(approved), claims(dossierId), stepsTaken(dossierId),
                plan(dossierId).orElse(null));
    }

    private List<ClaimState> claims(long dossierId) {
        Map<Long, List<Hold>> holds = holds(dossierId);
        Map<Long, Map<StepKind, LocalDate>> steps = perClaimSteps(dossierId);
        return jdbc.sql("""
                SELECT c.id, c.issue_date, c.due_date, c.amount, c.open_amount, c.status,
                       (SELECT COALESCE(sum(ac.fee_amount), 0) FROM action_claims ac
                          JOIN dunning_actions a ON a.id = ac.action_id
                         WHERE ac.claim_id = c.id AND a.status NOT IN ('SKIPPED', 'UNDELIVERABLE')) AS fee_charged
                  FROM claims c WHERE c.dossier_id = ? ORDER BY c.due_date, c.id""")
                .param(dossierId)
                .query((rs, row) -> new ClaimState(rs.getLong("id"), rs.getObject("issue_date", LocalDate.class),
                        rs.getObject("due_date", LocalDate.class), rs.getBigDecimal("amount"),
                        rs.getBigDecimal("open_amount"), rs.getString("status"),
                        holds.getOrDefault(rs.getLong("id"), List.of()),
                        steps.getOrDefault(rs.getLong("id"), Map.of()), rs.getBigDecimal("fee_charged")))
                .list();
    }

    private Map<Long, List<Hold>> holds(long dossierId) {
        Map<Long, List<Hold>> holds = new HashMap<>();
        jdbc.sql("""
                SELECT h.claim_id, h.kind, h.until FROM claim_holds h JOIN claims c ON c.id = h.claim_id
                 WHERE c.dossier_id = ? AND h.released_on IS NULL""")
                .param(dossierId)
                .query((rs, row) -> holds.computeIfAbsent(rs.getLong("claim_id"), k -> new ArrayList<>())
                        .add(new Hold(HoldKind.valueOf(rs.getString("kind")), rs.getObject("until", LocalDate.class))))
                .list();
        return holds;
    }

    private Map<Long, Map<StepKind, LocalDate>> perClaimSteps(long dossierId) {
        Map<Long, Map<StepKind, LocalDate>> steps = new HashMap<>();
        jdbc.sql("""
                SELECT ac.claim_id, a.step,
                       CASE WHEN %s THEN COALESCE(a.term_ends_on, a.due_on + 14) END AS term_ends_on
                  FROM action_claims ac JOIN dunning_actions a ON a.id = ac.action_id
                 WHERE a.dossier_id = ? AND a.status <> 'SKIPPED' ORDER BY a.id""".formatted(ActionTerms.LEFT))
                .param(dossierId)
                .query((rs, row) -> steps.computeIfAbsent(rs.getLong("claim_id"), k -> new EnumMap<>(StepKind.class))
                        .put(StepKind.valueOf(rs.getString("step")), rs.getObject("term_ends_on", LocalDate.class)))
                .list();
        return steps;
    }

    private List<StepTaken> stepsTaken(long dossierId) {
        return jdbc.sql("""
                SELECT a.step, a.round, a.due_on,
                       CASE WHEN a.status = 'SKIPPED' OR %s THEN COALESCE(a.term_ends_on, a.due_on + 14) END
                           AS term_ends_on
                  FROM dunning_actions a WHERE a.dossier_id = ? ORDER BY a.id""".formatted(ActionTerms.LEFT))
                .param(dossierId)
                .query((rs, row) -> new StepTaken(StepKind.valueOf(rs.getString("step")), rs.getInt("round"),
                        rs.getObject("due_on", LocalDate.class), rs.getObject("term_ends_on", LocalDate.class)))
                .list();
    }

    private Optional<PlanState> plan(long dossierId) {
        Optional<Map<String, Object>> plan = jdbc.sql("""
                SELECT id, agreed_on FROM payment_plans WHERE dossier_id = ? AND status = 'ACTIVE'
                 ORDER BY id DESC LIMIT 1""")
                .param(dossierId).query().listOfRows().stream().findFirst();
        return plan.map(row -> {
            long planId = ((Number) row.get("id")).longValue();
            LocalDate agreedOn = ((java.sql.Date) row.get("agreed_on")).toLocalDate();
            List<Instalment> instalments = jdbc.sql("""
                    SELECT due_on, amount FROM plan_instalments WHERE plan_id = ? ORDER BY due_on""")
                    .param(planId).query((rs, n) -> new Instalment(rs.getObject("due_on", LocalDate.class),
                            rs.getBigDecimal("amount"))).list();
            return new PlanState(planId, agreedOn, instalments, payments.receivedSince(dossierId, agreedOn));
        });
    }

    /** Adds one entry to the dossier's audit trail. */
    public void recordEvent(long dossierId, LocalDate onDate, String kind, String detail, String rule) {
        jdbc.sql("INSERT INTO dossier_events (dossier_id, on_date, kind, detail, rule) VALUES (?, ?, ?, ?, ?)")
                .params(dossierId, onDate, kind, detail, rule).update();
    }

    public List<DossierEvent> events(long dossierId) {
        return jdbc.sql("""
                SELECT occurred_at, on_date, kind, detail, rule FROM dossier_events WHERE dossier_id = ? ORDER BY id""")
                .param(dossierId).query(DossierEvent.class).list();
    }

    /** The day the hub opened the dossier. */
    public LocalDate openedOn(long dossierId) {
        return jdbc.sql("SELECT CAST(created_at AT TIME ZONE 'Europe/Brussels' AS date) FROM dossiers WHERE id = ?")
                .param(dossierId).query(LocalDate.class).single();
    }

    /** Which dossier a claim is in, if any. */
    public Optional<Long> dossierOf(long claimId) {
        return jdbc.sql("SELECT dossier_id FROM claims WHERE id = ? AND dossier_id IS NOT NULL").param(claimId)
                .query(Long.class).optional();
    }

    /** Asks the next run to look at the dossier again (something about it changed). */
    void reviewNow(long dossierId, LocalDate today) {
        jdbc.sql("UPDATE dossiers SET next_review_on = ? WHERE id = ? AND status <> 'CLOSED'")
                .params(today, dossierId).update();
    }

    /** One entry of a dossier's audit trail. */
    public record DossierEvent(java.time.OffsetDateTime occurredAt, LocalDate onDate, String kind, String detail,
            String rule) {
    }
}
