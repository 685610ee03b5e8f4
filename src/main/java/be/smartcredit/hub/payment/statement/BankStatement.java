package be.smartcredit.hub.payment.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One account statement from the bank, in the hub's own terms: the same for CODA and camt.053.
 *
 * @param number the statement's number as the bank counts them (CODA sequence number, camt.053 legal or electronic
 *     sequence number, else its id); with the account and date it identifies the statement
 * @param date the date of the closing balance
 * @param duplicate true when the bank marks the file as a duplicate of one sent before
 */
public record BankStatement(
        StatementFormat format,
        String account,
        String currency,
        String number,
        LocalDate date,
        BigDecimal openingBalance,
        BigDecimal closingBalance,
        boolean duplicate,
        BalanceVerdict balance,
        List<BankMovement> movements) {

    public BankStatement {
        movements = List.copyOf(movements);
    }
}
