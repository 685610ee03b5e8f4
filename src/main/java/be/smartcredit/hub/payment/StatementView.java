package be.smartcredit.hub.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored bank statement with its balance verdict and whether its movements are held. */
public record StatementView(long id, String format, String account, String currency, String sequenceNumber,
        LocalDate statementDate, BigDecimal openingBalance, BigDecimal closingBalance, boolean balanceOk,
        String balanceDetail, boolean held, String fileName, OffsetDateTime receivedAt, int movements) {

    static final String SELECT = """
            SELECT s.id, s.format, s.account, s.currency, s.sequence_number, s.statement_date, s.opening_balance,
                   s.closing_balance, s.balance_ok, s.balance_detail, s.held, s.file_name, s.received_at,
                   (SELECT count(*) FROM payments p WHERE p.statement_id = s.id) AS movements
              FROM bank_statements s""";
}
