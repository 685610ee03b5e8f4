package be.smartcredit.hub.portal;

import be.smartcredit.hub.claim.SpreadsheetCells;
import be.smartcredit.hub.dunning.DossierViews;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV exports of the user's dossiers (with the list's filters) and payments, {@code ;}-separated; a cell that
 * starts with {@code = + - @} is written with a leading apostrophe so that a spreadsheet shows it as text.
 */
@RestController
class ExportController {

    private final PortalDossiers dossiers;
    private final JdbcClient jdbc;
    private final PortalAudit audit;

    ExportController(PortalDossiers dossiers, JdbcClient jdbc, PortalAudit audit) {
        this.dossiers = dossiers;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @GetMapping("/portal/export/dossiers.csv")
    ResponseEntity<byte[]> dossiers(@AuthenticationPrincipal PortalUser user, DossierFilter filter) {
        StringBuilder csv = new StringBuilder(SpreadsheetCells.line("dossier", "connector", "debtor", "stage",
                "status", "claims", "total", "open"));
        for (DossierViews.Summary d : dossiers.list(user, filter, 100_000)) {
            csv.append(SpreadsheetCells.line(d.id(), d.connectorId(), d.debtorName(), d.stage(), d.status(),
                    d.claims(), d.totalAmount(), d.totalOpen()));
        }
        audit.general(user.username(), null, "PORTAL_EXPORT", "dossiers exported as CSV");
        return csv("dossiers.csv", csv);
    }

    @GetMapping("/portal/export/payments.csv")
    ResponseEntity<byte[]> payments(@AuthenticationPrincipal PortalUser user) {
        List<String> scope = user.scope();
        List<Object> params = new ArrayList<>(scope);
        String where = scope.isEmpty() ? "" : " WHERE c.connector_id IN ("
                + String.join(",", scope.stream().map(s -> "?").toList()) + ")";
        StringBuilder csv = new StringBuilder(SpreadsheetCells.line("allocation", "dossier", "claim", "booked_on",
                "amount", "currency", "rule", "communication", "undone"));
        jdbc.sql("""
                SELECT a.id, c.dossier_id, c.number, p.booked_on, a.amount, p.currency, a.rule, p.communication,
                       a.undone_at IS NOT NULL AS undone
                  FROM allocations a JOIN payments p ON p.id = a.payment_id JOIN claims c ON c.id = a.claim_id"""
                + where + " ORDER BY a.id").params(params)
                .query((rs, n) -> csv.append(SpreadsheetCells.line(rs.getLong("id"), rs.getObject("dossier_id"),
                        rs.getString("number"), rs.getDate("booked_on"), rs.getBigDecimal("amount"),
                        rs.getString("currency"), rs.getString("rule"), rs.getString("communication"),
                        rs.getBoolean("undone")))).list();
        audit.general(user.username(), null, "PORTAL_EXPORT", "payments exported as CSV");
        return csv("payments.csv", csv);
    }

    private static ResponseEntity<byte[]> csv(String name, CharSequence text) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString()).body(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
