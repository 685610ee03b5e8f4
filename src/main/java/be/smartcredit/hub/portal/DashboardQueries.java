package be.smartcredit.hub.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sums behind the dashboard, each scoped to the user's connectors (all connectors for agents and admins). */
@Repository
class DashboardQueries {

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DashboardFigures.Aggregates aggregates(PortalUser user, LocalDate from, LocalDate to) {
        List<String> scope = user.scope();
        return new DashboardFigures.Aggregates(openByStage(scope), openByDueDate(scope),
                recoveredByMonth(scope, to), invoicedByMonth(scope, to), stepResults(scope, from, to));
    }

    private Map<String, BigDecimal> openByStage(List<String> scope) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT COALESCE(d.stage, 'NONE') AS k, sum(c.open_amount) AS v
                  FROM claims c JOIN dossiers d ON d.id = c.dossier_id
                 WHERE c.status = 'OPEN' AND c.document_type <> 'CREDIT_NOTE'""" + and("c", scope) + " GROUP BY 1")
                .params(scope).query((rs, n) -> result.put(rs.getString("k"), rs.getBigDecimal("v"))).list();
        return result;
    }

    private Map<LocalDate, BigDecimal> openByDueDate(List<String> scope) {
        Map<LocalDate, BigDecimal> result = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.due_date AS k, sum(c.open_amount) AS v FROM claims c
                 WHERE c.status = 'OPEN' AND c.document_type <> 'CREDIT_NOTE'""" + and("c", scope) + " GROUP BY 1")
                .params(scope).query((rs, n) -> result.put(rs.getObject("k", LocalDate.class),
                        rs.getBigDecimal("v"))).list();
        return result;
    }

    private Map<YearMonth, BigDecimal> recoveredByMonth(List<String> scope, LocalDate to) {
        Map<YearMonth, BigDecimal> result = new LinkedHashMap<>();
        List<Object> params = new ArrayList<>(List.of(to));
        params.addAll(scope);
        jdbc.sql("""
                SELECT date_trunc('month', p.booked_on)::date AS k, sum(a.amount) AS v
                  FROM allocations a JOIN payments p ON p.id = a.payment_id JOIN claims c ON c.id = a.claim_id
                 WHERE a.undone_at IS NULL AND p.booked_on <= ?""" + and("c", scope) + " GROUP BY 1")
                .params(params).query((rs, n) -> result.put(YearMonth.from(rs.getObject("k", LocalDate.class)),
                        rs.getBigDecimal("v"))).list();
        return result;
    }

    private Map<YearMonth, BigDecimal> invoicedByMonth(List<String> scope, LocalDate to) {
        Map<YearMonth, BigDecimal> result = new LinkedHashMap<>();
        List<Object> params = new ArrayList<>(List.of(to));
        params.addAll(scope);
        jdbc.sql("""
                SELECT date_trunc('month', c.issue_date)::date AS k, sum(c.amount) AS v FROM claims c
                 WHERE c.document_type <> 'CREDIT_NOTE' AND c.issue_date <= ?""" + and("c", scope) + " GROUP BY 1")
                .params(params).query((rs, n) -> result.put(YearMonth.from(rs.getObject("k", LocalDate.class)),
                        rs.getBigDecimal("v"))).list();
        return result;
    }

    private List<DashboardFigures.StepResult> stepResults(List<String> scope, LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>(List.of(from, to));
        params.addAll(scope);
        return jdbc.sql("""
                SELECT a.step, count(*) AS sent,
                       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM action_claims ac JOIN claims x
                                ON x.id = ac.claim_id WHERE ac.action_id = a.id AND x.status <> 'PAID')) AS paid
                  FROM dunning_actions a JOIN dossiers d ON d.id = a.dossier_id
                 WHERE a.status IN ('SENT', 'SENT_BY_HAND') AND a.due_on BETWEEN ? AND ?"""
                + and("d", scope) + " GROUP BY a.step ORDER BY a.step")
                .params(params).query((rs, n) -> new DashboardFigures.StepResult(rs.getString("step"),
                        rs.getLong("sent"), rs.getLong("paid"))).list();
    }

    private static String and(String alias, List<String> scope) {
        return scope.isEmpty() ? ""
                : " AND " + alias + ".connector_id IN (" + String.join(",", scope.stream().map(c -> "?").toList())
                        + ")";
    }
}
