package be.smartcredit.hub.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A batch of claims is stored exactly as the same claims stored one after the other. */
class ClaimBatchesTest {

    private static final LocalDate FIRST_ACTION = LocalDate.of(2026, 3, 1);

    private static EmbeddedPostgres postgres;
    private static JdbcClient jdbc;
    private static Claims claims;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        claims = new Claims(jdbc);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void storesDebtorsClaimsCreditsAndEventsAsOneByOneWould() {
        earlierClaims("single").forEach(claim -> claims.register(claim, FIRST_ACTION));
        earlierClaims("batch").forEach(claim -> claims.register(claim, FIRST_ACTION));

        List<Boolean> singleDuplicates = batch("single").stream()
                .map(claim -> claims.register(claim, FIRST_ACTION).duplicate()).toList();
        List<Boolean> batchDuplicates = new ClaimBatches(jdbc, claims).register("batch", batch("batch"),
                batch("batch").stream().map(claim -> FIRST_ACTION).toList()).stream()
                .map(Claims.Registration::duplicate).toList();

        assertThat(batchDuplicates).isEqualTo(singleDuplicates).containsExactly(false, false, false, false, true,
                false, false, true);
        assertThat(debtors("batch")).isEqualTo(debtors("single")).hasSize(3);
        assertThat(claimRows("batch")).isEqualTo(claimRows("single")).hasSize(8);
        assertThat(events("batch")).isEqualTo(events("single"));
        assertThat(claimRows("batch")).anySatisfy(row -> assertThat(row).startsWith("INV-2 INVOICE 95.00 OPEN"))
                .anySatisfy(row -> assertThat(row).startsWith("INV-5 INVOICE 0.00 CREDITED"));
    }

    private static List<NewClaim> earlierClaims(String connector) {
        return List.of(invoice(connector, "INV-0", "30.00", debtor("Charlie", "c@example.com", null, null)),
                credit(connector, "CN-9", "50.00", "INV-5", debtor("Charlie", "c@example.com", null, null)));
    }

    private static List<NewClaim> batch(String connector) {
        return List.of(invoice(connector, "INV-1", "100.00", debtor("Alpha", null, "BE0123456789", null)),
                invoice(connector, "INV-2", "100.00", debtor("Alpha NV", "a@example.com", null, "0123.456.789")),
                invoice(connector, "INV-3", "10.00", debtor("Bravo", null, null, null)),
                invoice(connector, "INV-4", "20.00", debtor("bravo ", null, null, null)),
                invoice(connector, "INV-1", "100.00", debtor("Alpha", null, "BE0123456789", null)),
                credit(connector, "CN-1", "5.00", "INV-2", debtor("Alpha", null, "BE0123456789", null)),
                invoice(connector, "INV-5", "50.00", debtor("Charlie BV", "C@example.com", "BE0999888777", null)),
                invoice(connector, "INV-0", "30.00", debtor("Charlie", "c@example.com", null, null)));
    }

    private static NewClaim invoice(String connector, String number, String amount, NewClaim.NewDebtor debtor) {
        return new NewClaim(connector, "0477472701", DocumentType.INVOICE, number, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1), DueDate.FROM_DOCUMENT, "EUR", new BigDecimal(amount), debtor, null,
                "export.csv, line " + number, false, List.of(), null);
    }

    private static NewClaim credit(String connector, String number, String amount, String creditFor,
            NewClaim.NewDebtor debtor) {
        return new NewClaim(connector, "0477472701", DocumentType.CREDIT_NOTE, number, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 5), DueDate.FROM_DOCUMENT, "EUR", new BigDecimal(amount), debtor, null,
                "export.csv, line " + number, false, List.of(), creditFor);
    }

    private static NewClaim.NewDebtor debtor(String name, String email, String vat, String company) {
        return new NewClaim.NewDebtor(name, "Kerkstraat 1", null, "9000", "Gent", "BE", email, null, vat, company,
                null, "BUSINESS", "nl");
    }

    private static List<String> debtors(String connector) {
        return jdbc.sql("""
                SELECT concat_ws(' ', identity_key, name, email, vat_id, company_id, vat_key, enterprise_key,
                                 email_key, debtor_type, language)
                  FROM debtors WHERE connector_id = ? ORDER BY id""").param(connector).query(String.class).list();
    }

    private static List<String> claimRows(String connector) {
        return jdbc.sql("""
                SELECT concat_ws(' ', c.number, c.document_type, c.open_amount, c.status, c.next_action_on,
                                 d.identity_key, a.number)
                  FROM claims c JOIN debtors d ON d.id = c.debtor_id LEFT JOIN claims a ON a.id = c.credit_applied_to
                 WHERE c.connector_id = ? ORDER BY c.number, c.document_type""")
                .param(connector).query(String.class).list();
    }

    private static List<String> events(String connector) {
        return jdbc.sql("""
                SELECT c.number || ' ' || e.kind || ' ' || regexp_replace(e.detail, '[0-9]+ ?', '#', 'g')
                  FROM claim_events e JOIN claims c ON c.id = e.claim_id
                 WHERE c.connector_id = ? ORDER BY 1""").param(connector).query(String.class).list();
    }
}
