package be.smartcredit.hub.portal;

import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.claim.DocumentType;
import be.smartcredit.hub.claim.NewClaim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two clients' connectors, their portal users, and claims and payments as the intake and the bank leave them. */
final class PortalFixtures {

    static final String DEMO_USER = "client-demo";
    static final String OTHER_USER = "client-other";
    static final String AGENT_USER = "agent-anna";
    static final String PASSWORD = "portal-test-password";

    private PortalFixtures() {
    }

    /** The shipped demo connector and a second client, {@code other}, in a fresh folder. */
    static String connectors(Path folder) {
        try (Stream<Path> demo = Files.list(Path.of("connectors/demo"))) {
            Path target = Files.createDirectories(folder.resolve("demo"));
            for (Path file : demo.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
            Path other = Files.createDirectories(folder.resolve("other"));
            Files.writeString(other.resolve("connector.yaml"), """
                    id: other
                    name: Andere Klant NV
                    enterprise-number: "0403.170.701"
                    vat-id: BE0403170701
                    address: {street: Noorderlaan 1, postcode: "2030", city: Antwerpen, country-code: BE}
                    email: boekhouding@other.example
                    iban: BE68539007547034
                    bic: BBRUBEBB
                    mode: silent
                    language: nl
                    accepted-sellers: ["seller:other"]
                    """);
            return folder.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void users(PortalAccounts accounts) {
        accounts.add(DEMO_USER, PASSWORD, PortalUser.Role.CLIENT, "en", List.of("demo"));
        accounts.add(OTHER_USER, PASSWORD, PortalUser.Role.CLIENT, "en", List.of("other"));
        accounts.add(AGENT_USER, PASSWORD, PortalUser.Role.AGENT, "en", List.of());
    }

    static long register(Claims claims, String connector, String number, String amount, LocalDate issued,
            LocalDate due, String debtor) {
        var newDebtor = new NewClaim.NewDebtor(debtor, "Kerkstraat 1", null, "9000", "Gent", "BE", null,
                "+32470123456", null, null, null, "CONSUMER", "nl");
        var claim = new NewClaim(connector, "seller-" + connector, DocumentType.INVOICE, number, issued, due,
                "stated", "EUR", new BigDecimal(amount), newDebtor, null, "test", false, List.of(), null);
        return claims.register(claim, due).claimId();
    }

    /** What the payments side leaves when a transfer is matched to a claim: the payment, its allocation. */
    static void pay(JdbcClient jdbc, long claimId, String amount, LocalDate bookedOn) {
        long paymentId = jdbc.sql("""
                INSERT INTO payments (movement_key, claim_id, amount, currency, booked_on, status, rule,
                                      unallocated_amount, communication)
                VALUES ('portal-' || ?, ?, ?, 'EUR', ?, 'MATCHED', 'MANUAL', 0, '=HYPERLINK("x")')
                RETURNING id""").params(claimId, claimId, new BigDecimal(amount), bookedOn)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO allocations (payment_id, claim_id, amount, rule) VALUES (?, ?, ?, 'MANUAL')")
                .params(paymentId, claimId, new BigDecimal(amount)).update();
        jdbc.sql("UPDATE claims SET open_amount = open_amount - ? WHERE id = ?").params(new BigDecimal(amount),
                claimId).update();
    }

    /** A bank transfer the matcher could not place: it waits in the unmatched queue. */
    static long unmatched(JdbcClient jdbc, String amount, String communication, LocalDate bookedOn) {
        return jdbc.sql("""
                INSERT INTO payments (movement_key, amount, currency, booked_on, status, unallocated_amount,
                                      communication, counterparty)
                VALUES ('unmatched-' || ?, ?, 'EUR', ?, 'UNMATCHED', ?, ?, 'P. Anders')
                RETURNING id""").params(communication, new BigDecimal(amount), bookedOn, new BigDecimal(amount),
                communication).query(Long.class).single();
    }

    /** The claim's own dossier at the given stage, as the dunning run opens one; returns the dossier. */
    static long dossier(JdbcClient jdbc, long claimId, String stage, LocalDate since) {
        long dossierId = jdbc.sql("""
                INSERT INTO dossiers (connector_id, debtor_id, procedure_name, status, stage, stage_on, next_review_on)
                SELECT connector_id, debtor_id, 'default', 'ACTIVE', ?, ?, DATE '2099-01-01' FROM claims WHERE id = ?
                RETURNING id""").params(stage, since, claimId).query(Long.class).single();
        jdbc.sql("UPDATE claims SET dossier_id = ? WHERE id = ?").params(dossierId, claimId).update();
        return dossierId;
    }

    /** A casework task (PHONE_CAMPAIGN, MEDIATOR_VISIT) on the dossier, as the dunning run leaves one. */
    static void task(JdbcClient jdbc, long dossierId, String kind, LocalDate dueOn) {
        long actionId = jdbc.sql("""
                INSERT INTO dunning_actions (dossier_id, step, due_on, status, published_at, sent_at)
                VALUES (?, ?, ?, 'SENT', now(), now()) RETURNING id""").params(dossierId, kind, dueOn)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO tasks (dossier_id, action_id, kind, due_on, status) VALUES (?, ?, ?, ?, 'OPEN')")
                .params(dossierId, actionId, kind, dueOn).update();
    }

    /** A CSV export in the demo connector's layout: one good row, one with an amount that is not a number. */
    static Path csvUpload(Path folder) throws IOException {
        Path file = folder.resolve("portal-upload.csv");
        String header = String.join(";", "Factuurnummer", "Factuurdatum", "Vervaldag", "Bedrag", "Munt", "Klant",
                "Straat", "Postcode", "Gemeente", "Land", "E-mail", "BTW", "Taal", "Betalingstermijn",
                "Creditnota voor");
        Files.writeString(file, header + "\n" + """
                UP-1;01/05/2018;31/05/2018;120,50;EUR;Marie Dubois;Rue Haute 5;1000;Bruxelles;BE;;;fr;;
                UP-2;01/05/2018;31/05/2018;abc;EUR;Luc Janssens;Markt 2;3000;Leuven;BE;;;nl;;
                """);
        return file;
    }
}
