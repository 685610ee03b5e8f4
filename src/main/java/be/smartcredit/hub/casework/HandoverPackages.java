package be.smartcredit.hub.casework;

import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.dunning.DossierStatements;
import be.smartcredit.hub.dunning.Dossiers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts a handover package together from the dossier, its statement, its trail and the documents on file. */
@Component
class HandoverPackages {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final DossierStatements statements;
    private final Connectors connectors;

    HandoverPackages(JdbcClient jdbc, Dossiers dossiers, DossierStatements statements, Connectors connectors) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.statements = statements;
        this.connectors = connectors;
    }

    HandoverPackage of(String key, String partner, String step, long dossierId, LocalDate today) {
        String connectorId = jdbc.sql("SELECT connector_id FROM dossiers WHERE id = ?").param(dossierId)
                .query(String.class).single();
        Connector connector = connectors.get(connectorId);
        HandoverPackage.Client client = new HandoverPackage.Client(connectorId, connector.name(),
                connector.enterpriseNumber(), connector.vatId());
        return new HandoverPackage(key, partner, step, today, dossierId, client, debtor(dossierId),
                claims(dossierId), calculation(dossierId, today), contacts(dossierId), documents(dossierId),
                creditAnalysis(dossierId));
    }

    private HandoverPackage.Debtor debtor(long dossierId) {
        return jdbc.sql("""
                SELECT b.* FROM debtors b JOIN dossiers d ON d.debtor_id = b.id WHERE d.id = ?""").param(dossierId)
                .query((rs, n) -> new HandoverPackage.Debtor(rs.getString("name"),
                        Objects.requireNonNullElse(rs.getString("debtor_type"), "UNKNOWN"), rs.getString("street"),
                        rs.getString("postcode"), rs.getString("city"), rs.getString("country_code"),
                        rs.getString("email"), rs.getString("phone"), rs.getString("language"),
                        rs.getString("vat_id"), rs.getString("company_id")))
                .single();
    }

    private List<HandoverPackage.Claim> claims(long dossierId) {
        return jdbc.sql("""
                SELECT number, issue_date, due_date, currency, amount, open_amount, structured_communication
                  FROM claims WHERE dossier_id = ? AND status = 'OPEN' ORDER BY due_date, id""").param(dossierId)
                .query((rs, n) -> new HandoverPackage.Claim(rs.getString("number"),
                        rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                        rs.getString("currency"), rs.getBigDecimal("amount"), rs.getBigDecimal("open_amount"),
                        rs.getString("structured_communication")))
                .list();
    }

    private HandoverPackage.Calculation calculation(long dossierId, LocalDate today) {
        return HandoverPackage.Calculation.of(today, statements.of(dossierId, today));
    }

    private List<HandoverPackage.Contact> contacts(long dossierId) {
        return dossiers.events(dossierId).stream()
                .map(e -> new HandoverPackage.Contact(e.onDate(), e.kind(), e.detail())).toList();
    }

    private List<HandoverPackage.Document> documents(long dossierId) {
        List<HandoverPackage.Document> letters = jdbc.sql("""
                SELECT step, due_on, document_path FROM dunning_actions
                 WHERE dossier_id = ? AND document_path IS NOT NULL ORDER BY id""").param(dossierId)
                .query((rs, n) -> document(rs.getString("step"), rs.getObject("due_on", LocalDate.class),
                        rs.getString("document_path")))
                .list();
        List<HandoverPackage.Document> reports = jdbc.sql("""
                SELECT planned_on, report_path FROM visits WHERE dossier_id = ? AND report_path IS NOT NULL
                 ORDER BY id""").param(dossierId)
                .query((rs, n) -> document("VISIT_REPORT", rs.getObject("planned_on", LocalDate.class),
                        rs.getString("report_path")))
                .list();
        return java.util.stream.Stream.concat(letters.stream(), reports.stream()).filter(Objects::nonNull).toList();
    }

    // Limitation: a letter that left by e-mail only has no stored PDF, so it is listed in the contact history
    // but not among the documents.
    private static HandoverPackage.Document document(String kind, LocalDate date, String path) {
        Path file = Path.of(path);
        if (!path.endsWith(".pdf") || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return new HandoverPackage.Document(kind, date, file.getFileName().toString(), "application/pdf",
                    Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the document " + file, e);
        }
    }

    private String creditAnalysis(long dossierId) {
        return jdbc.sql("""
                SELECT detail FROM partner_events WHERE dossier_id = ? AND status = 'CREDIT_ANALYSIS'
                 ORDER BY id DESC LIMIT 1""").param(dossierId).query(String.class).optional().orElse(null);
    }
}
