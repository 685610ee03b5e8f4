package be.smartcredit.hub.payment;

import be.smartcredit.hub.claim.Claims;
import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.payment.coda.CodaMovement;
import be.smartcredit.hub.payment.coda.CodaStatement;
import java.math.BigDecimal;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored bank statements and the payments read from them. */
@Repository
public class Payments {

    private static final Logger log = LoggerFactory.getLogger(Payments.class);

    private final JdbcClient jdbc;
    private final Claims claims;

    Payments(JdbcClient jdbc, Claims claims) {
        this.jdbc = jdbc;
        this.claims = claims;
    }

    /** Stores the statement unless it was stored before; empty when it was. */
    Optional<Long> registerStatement(CodaStatement statement, String fileName) {
        return jdbc.sql("""
                INSERT INTO bank_statements (account, sequence_number, statement_date, file_name, balance_ok,
                                             balance_detail)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (account, sequence_number, statement_date) DO NOTHING
                RETURNING id""")
                .params(statement.account(), String.valueOf(statement.statementSequenceNumber()),
                        statement.newBalanceDate(), fileName, statement.balanceCheck().isOk(),
                        statement.balanceCheck().toString())
                .query(Long.class).optional();
    }

    /**
     * Records a credit movement and, when its structured communication names an open claim in the
     * same currency, lowers that claim's open amount; true when it matched a claim.
     */
    boolean apply(long statementId, String currency, CodaMovement movement) {
        Optional<Long> claimId = movement.structuredCommunication().flatMap(this::openClaimWith)
                .filter(id -> currencyOf(id).equals(currency));
        jdbc.sql("""
                INSERT INTO payments (statement_id, movement_key, claim_id, amount, currency, booked_on,
                                      communication, counterparty)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(statementId, movement.sequenceNumber() + "/" + movement.detailNumber(), claimId.orElse(null),
                        movement.amount(), currency, movement.entryDate(), movement.communication().text(),
                        movement.counterpartyName())
                .update();
        claimId.ifPresent(id -> settle(id, movement.amount()));
        return claimId.isPresent();
    }

    private Optional<Long> openClaimWith(StructuredCommunication communication) {
        return jdbc.sql("SELECT id FROM claims WHERE structured_communication = ? AND status = 'OPEN'")
                .param(communication.digits()).query(Long.class).optional();
    }

    private String currencyOf(long claimId) {
        return jdbc.sql("SELECT currency FROM claims WHERE id = ?").param(claimId).query(String.class).single();
    }

    private void settle(long claimId, BigDecimal amount) {
        String status = jdbc.sql("""
                UPDATE claims
                   SET open_amount = GREATEST(open_amount - ?, 0),
                       status = CASE WHEN open_amount - ? <= 0 THEN 'PAID' ELSE status END,
                       next_action_on = CASE WHEN open_amount - ? <= 0 THEN NULL ELSE next_action_on END
                 WHERE id = ?
                RETURNING status""")
                .params(amount, amount, amount, claimId).query(String.class).single();
        claims.recordEvent(claimId, "PAYMENT", "received " + amount.toPlainString() + ", claim now " + status);
        log.info("Payment applied: claim='{}' status='{}'.", claimId, status);
    }
}
