package be.smartcredit.hub.dunning;

import be.smartcredit.hub.dunning.law.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dunning engine's one view of the payments table: what each claim of a dossier received.
 * It reads the allocations that are in force (an agent may undo one), dated by the payment's booking day.
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
                SELECT a.claim_id, SUM(a.amount) AS received
                  FROM allocations a JOIN payments p ON p.id = a.payment_id JOIN claims c ON c.id = a.claim_id
                 WHERE c.dossier_id = ? AND a.undone_at IS NULL AND p.booked_on >= ?
                 GROUP BY a.claim_id""")
                .params(dossierId, since == null ? LocalDate.of(1900, 1, 1) : since)
                .query((rs, row) -> received.put(rs.getLong("claim_id"), rs.getBigDecimal("received"))).list();
        return received;
    }

    BigDecimal receivedSince(long dossierId, LocalDate since) {
        return receivedPerClaim(dossierId, since).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Each claim's payments in force, by booking day, as the legal rules count them. */
    Map<Long, List<Settlement>> paymentsPerClaim(long dossierId) {
        Map<Long, List<Settlement>> payments = new HashMap<>();
        jdbc.sql("""
                SELECT a.claim_id, p.booked_on, a.amount
                  FROM allocations a JOIN payments p ON p.id = a.payment_id JOIN claims c ON c.id = a.claim_id
                 WHERE c.dossier_id = ? AND a.undone_at IS NULL AND a.amount > 0
                 ORDER BY p.booked_on, a.id""")
                .param(dossierId)
                .query((rs, row) -> payments.computeIfAbsent(rs.getLong("claim_id"), k -> new ArrayList<>())
                        .add(Settlement.payment(rs.getObject("booked_on", LocalDate.class), rs.getBigDecimal("amount"))))
                .list();
        return payments;
    }
}
