package be.smartcredit.hub.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Claims and actions stored before dossiers existed are moved into dossiers by the V7 migration. */
class DossierMigrationTest {

    private static EmbeddedPostgres postgres;
    private static JdbcClient jdbc;

    @BeforeAll
    static void migrateWithOldData() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).target("1").load().migrate();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        long debtor = debtor("vat:BE1");
        long other = debtor("vat:BE2");
        long first = claim("OLD-1", debtor, "OPEN", "REMINDER_1", LocalDate.of(2026, 3, 20));
        long second = claim("OLD-2", debtor, "OPEN", "REMINDER_1", LocalDate.of(2026, 3, 22));
        long paid = claim("OLD-3", other, "PAID", "REMINDER_1", null);
        List.of(first, second, paid).forEach(DossierMigrationTest::reminded);

        Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void groupsEachDebtorsClaimsIntoOneDossierAndMovesTheirActions() {
        List<String> dossiers = jdbc.sql("""
                SELECT d.status || ' ' || COALESCE(d.close_reason, '-') || ' ' || COALESCE(d.stage, '-') || ' '
                       || COALESCE(d.next_review_on::text, '-') || ' ' || count(c.id)
                  FROM dossiers d JOIN claims c ON c.dossier_id = d.id
                 GROUP BY d.id ORDER BY d.id""").query(String.class).list();
        long actionsWithoutDossier = jdbc.sql("SELECT count(*) FROM dunning_actions WHERE dossier_id IS NULL")
                .query(Long.class).single();
        long lettersListed = jdbc.sql("SELECT count(*) FROM action_claims").query(Long.class).single();

        assertThat(dossiers).containsExactly("ACTIVE - REMINDER_1 2026-03-20 2", "CLOSED PAID REMINDER_1 - 1");
        assertThat(actionsWithoutDossier).isZero();
        assertThat(lettersListed).isEqualTo(3);
    }

    private static long debtor(String key) {
        return jdbc.sql("INSERT INTO debtors (connector_id, identity_key, name) VALUES ('demo', ?, 'D') RETURNING id")
                .param(key).query(Long.class).single();
    }

    private static long claim(String number, long debtor, String status, String lastStep, LocalDate next) {
        return jdbc.sql("""
                INSERT INTO claims (connector_id, seller_key, document_type, number, debtor_id, issue_date, due_date,
                                    currency, amount, open_amount, structured_communication, status, last_step,
                                    last_step_on, next_action_on)
                VALUES ('demo', 'S', 'INVOICE', ?, ?, DATE '2026-01-01', DATE '2026-02-01', 'EUR', 10, 10,
                        lpad(nextval('structured_communication_base')::text, 12, '0'), ?, ?, DATE '2026-03-06', ?)
                RETURNING id""").params(number, debtor, status, lastStep, next).query(Long.class).single();
    }

    private static void reminded(long claimId) {
        jdbc.sql("""
                INSERT INTO dunning_actions (claim_id, step, due_on, status) VALUES (?, 'REMINDER_1', DATE '2026-03-06',
                       'SENT')""").param(claimId).update();
    }
}
