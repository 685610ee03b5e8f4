package be.smartcredit.hub.payment;

import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.payment.matching.ClaimSnapshot;
import be.smartcredit.hub.payment.matching.InvoiceNumbers;
import be.smartcredit.hub.payment.matching.MatchRule;
import be.smartcredit.hub.payment.matching.Names;
import be.smartcredit.hub.payment.matching.PaymentMatcher;
import be.smartcredit.hub.payment.statement.BankMovement;
import be.smartcredit.hub.platform.HubClock;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The claims' side of payments: finding (and locking) the claims a movement could pay, putting allocations on them
 * and taking them back, overpayment credits with their refund tasks, and the accounts debtors pay from.
 */
@Repository
public class ClaimLedger {

    private static final Logger log = LoggerFactory.getLogger(ClaimLedger.class);

    private static final String SNAPSHOT = """
            SELECT c.id, c.connector_id, c.debtor_id, d.name AS debtor_name, c.number, c.currency, c.amount,
                   c.open_amount, c.status, c.due_date, c.structured_communication,
                   (SELECT string_agg(a.iban, ' ') FROM debtor_accounts a WHERE a.debtor_id = c.debtor_id) AS ibans
              FROM claims c JOIN debtors d ON d.id = c.debtor_id""";

    // The claims a structured reference names. Locked, so two payments for the same claim (a statement and a webhook)
    // are applied one after the other.
    private static final String NAMED_BY_REFERENCE = SNAPSHOT + "\n" + """
             WHERE c.status <> 'CREDIT' AND (c.structured_communication = CAST(:ogm AS bpchar)
                OR c.structured_communication = CAST(:rfBody AS bpchar) OR upper(c.number) = :rfBody)
             ORDER BY c.id
             FOR UPDATE OF c""";

    // A superset of what the rules can match: the rules in PaymentMatcher decide. Each branch is an index look-up
    // except the debtor name's, which reads the debtors (not the claims).
    private static final String CANDIDATES = SNAPSHOT + "\n" + """
             WHERE c.status <> 'CREDIT' AND c.id IN (
                   SELECT id FROM claims WHERE structured_communication = CAST(:ogm AS bpchar)
                   UNION SELECT id FROM claims WHERE structured_communication = CAST(:rfBody AS bpchar)
                   UNION SELECT id FROM claims WHERE upper(number) = :rfBody
                   UNION SELECT id FROM claims
                          WHERE status = 'OPEN' AND upper(number) IN (:numbers) AND length(number) >= :minLength
                   UNION SELECT o.id FROM debtor_accounts a JOIN claims o ON o.debtor_id = a.debtor_id
                          WHERE a.iban = :iban AND o.status = 'OPEN'
                   UNION SELECT o.id FROM debtors p JOIN claims o ON o.debtor_id = p.id
                          WHERE o.status = 'OPEN' AND :nameKey <> ''
                            AND regexp_replace(lower(p.name), '[^a-z0-9]+', '', 'g') <> ''
                            AND (strpos(regexp_replace(lower(p.name), '[^a-z0-9]+', '', 'g'), :nameKey) > 0
                                 OR strpos(:nameKey, regexp_replace(lower(p.name), '[^a-z0-9]+', '', 'g')) > 0))
             ORDER BY c.id
             FOR UPDATE OF c""";

    private final JdbcClient jdbc;
    private final Claims claims;
    private final HubClock clock;
    private final PaymentMatcher matcher = new PaymentMatcher();

    ClaimLedger(JdbcClient jdbc, Claims claims, HubClock clock) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.clock = clock;
    }

    /**
     * The claims a movement could pay. A debit, or a credit whose structured reference names a claim, is decided on
     * the named claims alone; only other credits look further (invoice numbers, the payer's account and name).
     */
    List<ClaimSnapshot> candidatesFor(BankMovement movement) {
        List<ClaimSnapshot> named = jdbc.sql(NAMED_BY_REFERENCE).paramSource(references(movement))
                .query(ClaimLedger::snapshot).list();
        boolean decided = !movement.isCredit() || movement.structuredReference()
                .flatMap(reference -> matcher.byReference(reference, named)).isPresent();
        return decided ? named : allCandidates(movement);
    }

    // Limitation: debtor names are compared without accents in Java but the database look-up drops accented
    // letters, so a payer's name with accents may not find its debtor by name alone. A credit with neither a
    // reference nor an invoice number reads every debtor's name.
    private List<ClaimSnapshot> allCandidates(BankMovement movement) {
        MapSqlParameterSource params = references(movement)
                .addValue("numbers", InvoiceNumbers.candidatesIn(movement.freeText()))
                .addValue("minLength", PaymentMatcher.MIN_NUMBER_LENGTH)
                .addValue("iban", movement.counterpartyIban())
                .addValue("nameKey", Names.key(movement.counterpartyName()));
        return jdbc.sql(CANDIDATES).paramSource(params).query(ClaimLedger::snapshot).list();
    }

    private static MapSqlParameterSource references(BankMovement movement) {
        String ogm = movement.structuredReference().filter(r -> r.kind().name().equals("OGM"))
                .map(r -> r.value()).orElse("");
        String rfBody = movement.structuredReference().filter(r -> r.kind().name().equals("RF"))
                .map(r -> r.body()).orElse("");
        return new MapSqlParameterSource().addValue("ogm", ogm).addValue("rfBody", rfBody);
    }

    /** Open claims in one currency for suggestions: the newest few hundred are enough for a person to choose. */
    List<ClaimSnapshot> openClaims(String currency, int limit) {
        return jdbc.sql(SNAPSHOT + " WHERE c.status = 'OPEN' AND c.currency = ? ORDER BY c.id DESC LIMIT ?")
                .params(currency, limit).query(ClaimLedger::snapshot).list();
    }

    Optional<ClaimSnapshot> lockClaim(long claimId) {
        return jdbc.sql(SNAPSHOT + " WHERE c.id = ? FOR UPDATE OF c").param(claimId).query(ClaimLedger::snapshot)
                .optional();
    }

    /** Records an allocation and moves the claim's open amount by it; a paid claim reopened resumes dunning. */
    long allocate(long paymentId, long claimId, BigDecimal amount, MatchRule rule) {
        long id = jdbc.sql("INSERT INTO allocations (payment_id, claim_id, amount, rule) VALUES (?, ?, ?, ?) "
                        + "RETURNING id")
                .params(paymentId, claimId, amount, rule.name()).query(Long.class).single();
        String status = changeOpenAmount(claimId, amount.negate());
        claims.recordEvent(claimId, amount.signum() >= 0 ? "PAYMENT" : "PAYMENT_REVERSED",
                rule.name().toLowerCase(Locale.ROOT) + " allocation " + id + " of " + amount.toPlainString()
                        + " from payment " + paymentId + ", claim now " + status);
        log.info("Payment allocated: payment='{}' claim='{}' allocation='{}' rule='{}' status='{}'.", paymentId,
                claimId, id, rule, status);
        return id;
    }

    /** Takes an allocation back: the claim owes that amount again (or, for a reversal, owes it no more). */
    void undo(AllocationView allocation) {
        jdbc.sql("UPDATE allocations SET undone_at = now() WHERE id = ?").param(allocation.id()).update();
        String status = changeOpenAmount(allocation.claimId(), allocation.amount());
        claims.recordEvent(allocation.claimId(), "ALLOCATION_UNDONE", "allocation " + allocation.id() + " of "
                + allocation.amount().toPlainString() + " undone, claim now " + status);
        log.info("Allocation undone: allocation='{}' claim='{}' status='{}'.", allocation.id(),
                allocation.claimId(), status);
    }

    Optional<AllocationView> lockAllocation(long allocationId) {
        return jdbc.sql(AllocationView.SELECT + " WHERE a.id = ? FOR UPDATE OF a").param(allocationId)
                .query(AllocationView.class).optional();
    }

    List<AllocationView> allocationsOf(long paymentId) {
        return jdbc.sql(AllocationView.SELECT + " WHERE a.payment_id = ? ORDER BY a.id").param(paymentId)
                .query(AllocationView.class).list();
    }

    /** Keeps what a debtor paid too much as a credit for that connector, and a refund task for a person. */
    void credit(long paymentId, ClaimSnapshot claim, BigDecimal amount, String currency) {
        long creditId = jdbc.sql("""
                INSERT INTO debtor_credits (connector_id, debtor_id, payment_id, amount, currency)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(claim.connectorId(), claim.debtorId(), paymentId, amount, currency)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO refund_tasks (credit_id, amount, currency) VALUES (?, ?, ?)")
                .params(creditId, amount, currency).update();
        claims.recordEvent(claim.id(), "OVERPAID", "payment " + paymentId + " left " + amount.toPlainString() + " "
                + currency + " as credit " + creditId + " on the debtor; refund task opened");
        log.info("Overpayment kept as credit: payment='{}' claim='{}' credit='{}'.", paymentId, claim.id(), creditId);
    }

    /** Remembers that a debtor pays from this account, so a later payment without reference is recognised. */
    void learnAccount(long debtorId, String iban) {
        if (!iban.isEmpty()) {
            jdbc.sql("INSERT INTO debtor_accounts (debtor_id, iban) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(debtorId, iban).update();
        }
    }

    private String changeOpenAmount(long claimId, BigDecimal delta) {
        LocalDate today = clock.today();
        return jdbc.sql("""
                UPDATE claims
                   SET open_amount = open_amount + :delta,
                       status = CASE WHEN open_amount + :delta <= 0 THEN 'PAID' ELSE 'OPEN' END,
                       next_action_on = CASE WHEN open_amount + :delta <= 0 THEN NULL
                                             WHEN status = 'PAID' THEN :today
                                             ELSE next_action_on END
                 WHERE id = :id AND status <> 'CREDIT'
                RETURNING status""")
                .param("delta", delta).param("today", today).param("id", claimId)
                .query(String.class).single();
    }

    private static ClaimSnapshot snapshot(ResultSet row, int number) throws SQLException {
        String ibans = row.getString("ibans");
        Set<String> known = ibans == null ? Set.of() : Arrays.stream(ibans.split(" ")).collect(Collectors.toSet());
        return new ClaimSnapshot(row.getLong("id"), row.getString("connector_id"), row.getLong("debtor_id"),
                row.getString("debtor_name"), row.getString("number"), row.getString("currency"),
                row.getBigDecimal("amount"), row.getBigDecimal("open_amount"), row.getString("status"),
                row.getObject("due_date", LocalDate.class), row.getString("structured_communication"), known);
    }
}
