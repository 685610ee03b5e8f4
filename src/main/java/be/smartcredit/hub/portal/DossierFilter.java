package be.smartcredit.hub.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dossier list's filters: stage, status, debtor name, open amount range, opening dates, and a search over
 * debtor names and invoice numbers. Turns itself into SQL conditions with bound parameters only.
 */
public record DossierFilter(String stage, String status, String debtor, BigDecimal minOpen, BigDecimal maxOpen,
        LocalDate from, LocalDate to, String q) {

    /** The conditions (joined with AND) and their parameters, in order. */
    Where where(List<String> connectors) {
        Where where = new Where(new ArrayList<>(), new ArrayList<>());
        if (!connectors.isEmpty()) {
            where.add("d.connector_id IN (" + String.join(",", connectors.stream().map(c -> "?").toList()) + ")",
                    connectors.toArray());
        }
        if (present(stage)) {
            where.add("d.stage = ?", stage);
        }
        if (present(status)) {
            where.add("d.status = ?", status);
        }
        if (present(debtor)) {
            where.add("b.name ILIKE ?", "%" + like(debtor) + "%");
        }
        addAmountsAndDates(where);
        if (present(q)) {
            where.add("(b.name ILIKE ? OR EXISTS (SELECT 1 FROM claims s WHERE s.dossier_id = d.id "
                    + "AND s.number ILIKE ?))", "%" + like(q) + "%", "%" + like(q) + "%");
        }
        return where;
    }

    private void addAmountsAndDates(Where where) {
        String open = "(SELECT COALESCE(sum(o.open_amount), 0) FROM claims o WHERE o.dossier_id = d.id "
                + "AND o.status = 'OPEN')";
        if (minOpen != null) {
            where.add(open + " >= ?", minOpen);
        }
        if (maxOpen != null) {
            where.add(open + " <= ?", maxOpen);
        }
        if (from != null) {
            where.add("d.created_at >= ?::date", from);
        }
        if (to != null) {
            where.add("d.created_at < ?::date + 1", to);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String like(String text) {
        return text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** SQL conditions and their parameters. */
    record Where(List<String> conditions, List<Object> params) {

        void add(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(List.of(values));
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
