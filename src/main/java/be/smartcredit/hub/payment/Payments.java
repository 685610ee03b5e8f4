package be.smartcredit.hub.payment;

import be.smartcredit.hub.payment.matching.Decision;
import be.smartcredit.hub.payment.statement.BankMovement;
import be.smartcredit.hub.payment.statement.BankStatement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored bank statements and the payments (movements and webhook payments) read from them. */
@Repository
public class Payments {

    private final JdbcClient jdbc;

    Payments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Has PostgreSQL plan each statement of the current transaction for the tables as they are now. A bank file is
     * one transaction that adds a payment per movement; a plan cached while the payments table looked empty (a new
     * installation, the first large file) reads the whole table for every look-up by id, so a file's cost grew with
     * the square of its movements. Planning each time costs a few microseconds a statement.
     */
    void planForTheTablesAsTheyGrow() {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
    }

    /** Stores the statement unless the same one (account, number, date) was stored before; empty when it was. */
    Optional<Long> registerStatement(BankStatement statement, String fileName, boolean held, String fingerprint) {
        return jdbc.sql("""
                INSERT INTO bank_statements (account, sequence_number, statement_date, file_name, balance_ok,
                                             balance_detail, format, currency, opening_balance, closing_balance, held,
                                             content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account, sequence_number, statement_date) DO NOTHING
                RETURNING id""")
                .params(statement.account(), statement.number(), statement.date(), fileName,
                        statement.balance().ok(), statement.balance().detail(), statement.format().name(),
                        statement.currency(), statement.openingBalance(), statement.closingBalance(), held,
                        fingerprint)
                .query(Long.class).optional();
    }

    /**
     * The statement applied before under the same account, number and date: its file and content fingerprint
     * (null for statements stored before fingerprints were kept).
     */
    Optional<AppliedStatement> appliedStatement(BankStatement statement) {
        return jdbc.sql("""
                SELECT file_name, content_hash FROM bank_statements
                 WHERE account = ? AND sequence_number = ? AND statement_date = ?""")
                .params(statement.account(), statement.number(), statement.date())
                .query(AppliedStatement.class).optional();
    }

    /** A statement already applied: the file it came in and its content fingerprint. */
    record AppliedStatement(String fileName, String contentHash) {
    }

    /**
     * Stores a movement as received, not yet decided on; empty when it was stored before (same statement and key,
     * or same webhook id).
     */
    Optional<Long> record(Long statementId, String webhookId, BankMovement movement) {
        return jdbc.sql("""
                INSERT INTO payments (statement_id, webhook_id, movement_key, amount, currency, booked_on, reference,
                                      communication, counterparty, counterparty_iban, returned, unallocated_amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                RETURNING id""")
                .params(statementId, webhookId, movement.key(), movement.amount(), movement.currency(),
                        movement.bookingDate(), movement.structuredReference().map(Object::toString).orElse(null),
                        movement.freeText(), movement.counterpartyName(), movement.counterpartyIban(),
                        movement.returned(), movement.amount())
                .query(Long.class).optional();
    }

    void decide(long paymentId, Decision decision, BigDecimal unallocated) {
        jdbc.sql("UPDATE payments SET status = ?, rule = ?, flags = ?, unallocated_amount = ? WHERE id = ?")
                .params(decision.status().name(), decision.rule() == null ? null : decision.rule().name(),
                        String.join("\n", decision.flags()), unallocated, paymentId)
                .update();
    }

    /** Moves an amount between the payment's unallocated rest and its allocations, and sets its status. */
    void changeUnallocated(long paymentId, BigDecimal delta, String status) {
        jdbc.sql("UPDATE payments SET unallocated_amount = unallocated_amount + ?, status = ? WHERE id = ?")
                .params(delta, status, paymentId).update();
    }

    Optional<PaymentLine> lock(long paymentId) {
        return jdbc.sql(PaymentLine.SELECT + " WHERE id = ? FOR UPDATE").param(paymentId)
                .query(PaymentLine::read).optional();
    }

    Optional<PaymentLine> find(long paymentId) {
        return jdbc.sql(PaymentLine.SELECT + " WHERE id = ?").param(paymentId).query(PaymentLine::read).optional();
    }

    /** The queue a person works: unmatched and held lines, oldest first. */
    List<PaymentLine> waiting(int limit) {
        return jdbc.sql(PaymentLine.SELECT + " WHERE status IN ('UNMATCHED', 'HELD') ORDER BY id LIMIT ?")
                .param(limit).query(PaymentLine::read).list();
    }

    List<PaymentLine> ofStatement(long statementId) {
        return jdbc.sql(PaymentLine.SELECT + " WHERE statement_id = ? ORDER BY id").param(statementId)
                .query(PaymentLine::read).list();
    }

    List<StatementView> statements(int limit, int offset) {
        return jdbc.sql(StatementView.SELECT + " ORDER BY s.id DESC LIMIT ? OFFSET ?").params(limit, offset)
                .query(StatementView.class).list();
    }

    Optional<StatementView> statement(long id) {
        return jdbc.sql(StatementView.SELECT + " WHERE s.id = ?").param(id).query(StatementView.class).optional();
    }
}
