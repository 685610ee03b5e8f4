package be.smartcredit.hub.payment.coda;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One account statement of a CODA file, from its record 0 to its record 9.
 *
 * @param account the account number as the bank wrote it (IBAN for structures 2 and 3)
 * @param holderName the account holder's name from record 1
 * @param statementSequenceNumber the statement number of record 1 positions 3-5
 * @param duplicate true when record 0 marks the file as a duplicate of one sent before
 * @param oldBalance signed: negative when the account was in debit
 * @param movements every movement in file order, globalised totals and their details alike
 * @param freeCommunications the texts of the record 4 lines
 */
public record CodaStatement(
        String account,
        AccountStructure accountStructure,
        String currency,
        String holderName,
        int statementSequenceNumber,
        LocalDate creationDate,
        boolean duplicate,
        BigDecimal oldBalance,
        LocalDate oldBalanceDate,
        BigDecimal newBalance,
        LocalDate newBalanceDate,
        List<CodaMovement> movements,
        List<String> freeCommunications,
        BalanceCheck balanceCheck) {

    public CodaStatement {
        movements = List.copyOf(movements);
        freeCommunications = List.copyOf(freeCommunications);
    }

    /** The movements a payment matcher should look at: details instead of their globalised total, never both. */
    public List<CodaMovement> movementsToMatch() {
        return movements.stream().filter(movement -> !movement.isGlobalisationTotal()).toList();
    }
}
