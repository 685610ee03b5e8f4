package be.smartcredit.hub.payment.coda;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a statement adds up: old balance + credits - debits = the new balance of record 8, and record 9's debit
 * total, credit total and record count agree with the records; carries the numbers so a person can see why not.
 *
 * @param credits the sum of the credit movements, globalised totals counted once (details left out)
 * @param debits the sum of the debit movements as a positive number, counted the same way
 * @param records the number of records 1, 2.x, 3.x and 8 in the statement
 */
public record BalanceCheck(
        BigDecimal oldBalance,
        BigDecimal credits,
        BigDecimal debits,
        BigDecimal newBalance,
        BigDecimal trailerCredits,
        BigDecimal trailerDebits,
        int records,
        int trailerRecords) {

    public BigDecimal computedNewBalance() {
        return oldBalance.add(credits).subtract(debits);
    }

    public boolean isOk() {
        return problems().isEmpty();
    }

    /** One sentence per disagreement, empty when the statement adds up. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (computedNewBalance().compareTo(newBalance) != 0) {
            problems.add("old balance " + oldBalance + " + credits " + credits + " - debits " + debits + " = "
                    + computedNewBalance() + ", but record 8 gives new balance " + newBalance);
        }
        if (trailerDebits.compareTo(debits) != 0) {
            problems.add("record 9 debit total " + trailerDebits + " differs from the debit movements " + debits);
        }
        if (trailerCredits.compareTo(credits) != 0) {
            problems.add("record 9 credit total " + trailerCredits + " differs from the credit movements " + credits);
        }
        if (trailerRecords != records) {
            problems.add("record 9 counts " + trailerRecords + " records, the statement has " + records);
        }
        return problems;
    }

    @Override
    public String toString() {
        return isOk() ? "balance check OK: " + oldBalance + " + " + credits + " - " + debits + " = " + newBalance
                : "balance check failed: " + String.join("; ", problems());
    }
}
