package be.smartcredit.hub.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * Puts the benchmark's claims straight into the hub's tables (seeding is not measured): one debtor, one active
 * dossier and one open invoice per claim, every tenth dossier due for review today, the rest in a month.
 */
final class BenchDatabase {

    private final DataSource dataSource;

    BenchDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Empties the claims, dossiers, actions, statements and payments of an earlier measurement. Ids go on from
     * where they were: the broker has already seen the earlier action ids as duplicate-detection ids.
     */
    void clear() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("TRUNCATE debtors, bank_statements, received_files CASCADE");
        }
    }

    void seed(long claims, LocalDate today, List<String> names) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            insertDebtors(connection, claims, names);
            update(connection, """
                    INSERT INTO dossiers (connector_id, debtor_id, procedure_name, status, next_review_on)
                    SELECT connector_id, id, 'default', 'ACTIVE', CASE WHEN id % 10 = 0 THEN ?::date
                                                                      ELSE ?::date + 30 END
                      FROM debtors ORDER BY id""", today, today);
            update(connection, """
                    INSERT INTO claims (connector_id, seller_key, document_type, number, debtor_id, issue_date,
                                        due_date, currency, amount, open_amount, structured_communication, status,
                                        next_action_on, source_file, peppol, dossier_id)
                    SELECT d.connector_id, 'BE0765432146', 'INVOICE', 'BENCH-' || d.id, d.debtor_id,
                           ?::date - 45, ?::date - 15, 'EUR', a.amount, a.amount,
                           lpad((1000000 + d.id)::text, 10, '0')
                             || lpad((CASE WHEN (1000000 + d.id) % 97 = 0 THEN 97
                                           ELSE (1000000 + d.id) % 97 END)::text, 2, '0'),
                           'OPEN', ?::date, 'bench', TRUE, d.id
                      FROM dossiers d CROSS JOIN LATERAL (SELECT round((10 + (d.id * 7919) % 4990)::numeric
                                                                       + (d.id % 100) / 100.0, 2) AS amount) a
                     ORDER BY d.id""", today, today, today);
            try (Statement sql = connection.createStatement()) {
                sql.execute("ANALYZE debtors; ANALYZE dossiers; ANALYZE claims");
            }
        }
    }

    private static void insertDebtors(Connection connection, long claims, List<String> names) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO debtors (connector_id, identity_key, name, street, postcode, city, country_code, email,
                                     vat_id, vat_key, debtor_type, language)
                SELECT 'demo', 'bench:' || g, n.names[1 + g % cardinality(n.names)] || ' ' || g, 'Kerkstraat '
                       || (g % 200), lpad((1000 + g % 8999)::text, 4, '0'), 'Gemeente', 'BE',
                       CASE WHEN g % 2 = 0 THEN 'debtor' || g || '@bench.example' END,
                       CASE WHEN g % 3 = 0 THEN 'BE0' || (400000000 + g) END,
                       CASE WHEN g % 3 = 0 THEN 'BE0' || (400000000 + g) END,
                       CASE WHEN g % 3 = 0 THEN 'BUSINESS' ELSE 'CONSUMER' END, 'nl'
                  FROM generate_series(1, ?) g CROSS JOIN (SELECT ?::text[] AS names) n""")) {
            insert.setLong(1, claims);
            insert.setArray(2, connection.createArrayOf("text", names.toArray()));
            insert.executeUpdate();
        }
    }

    private static void update(Connection connection, String sql, LocalDate... dates) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < dates.length; i++) {
                statement.setDate(i + 1, Date.valueOf(dates[i]));
            }
            statement.executeUpdate();
        }
    }
}
