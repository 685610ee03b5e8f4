package be.smartcredit.hub.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dunning engine's one view of the payments table: what each claim of a dossier received.
 * Limitation: reads {@code payments.claim_id} directly; when payments gain an allocations table, only this
 * class changes.
 */
@Repository
class DossierPayments {

    private final JdbcClient jdbc;

    DossierPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What each claim of the dossier received on or after {@code since} (all time when null). */
    Map<Long, BigDecimal> receivedPerClaim(long dossierId, LocalDate since) {
        Map<Long, BigDecimal> received = new HashMap<>();
        jdbc.sql("""
                SELECT p.claim_id, SUM(p.amount) AS received
                  FROM payments p JOIN claims c ON c.id = p.claim_id
                 WHERE c.dossier_id = ? AND p.booked_on >= ?
                 GROUP BY p.claim_id""")
                .params(dossierId, since == null ? LocalDate.of(1900, 1, 1) : since)
                .query((rs, row) -> received.put(rs.getLong("claim_id"), rs.getBigDecimal("received"))).list();
        return received;
    }

    BigDecimal receivedSince(long dossierId, LocalDate since) {
        return receivedPerClaim(dossierId, since).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
