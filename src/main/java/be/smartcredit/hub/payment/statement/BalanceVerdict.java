package be.smartcredit.hub.payment.statement;

import java.math.BigDecimal;

/**
 * Whether a statement adds up (opening balance + credits - debits = closing balance), with the numbers written out
 * so a person can see why not.
 */
public record BalanceVerdict(boolean ok, String detail) {

    /** Checks the sum; a missing opening or closing balance is a failed check. */
    public static BalanceVerdict of(BigDecimal opening, BigDecimal credits, BigDecimal debits, BigDecimal closing) {
        if (opening == null || closing == null) {
            return new BalanceVerdict(false, "balance check failed: the statement has no "
                    + (opening == null ? "opening" : "closing") + " balance");
        }
        BigDecimal computed = opening.add(credits).subtract(debits);
        String sum = opening.toPlainString() + " + " + credits.toPlainString() + " - " + debits.toPlainString()
                + " = " + computed.toPlainString();
        if (computed.compareTo(closing) == 0) {
            return new BalanceVerdict(true, "balance check OK: " + sum);
        }
        return new BalanceVerdict(false, "balance check failed: " + sum + ", but the closing balance is "
                + closing.toPlainString() + " (difference " + closing.subtract(computed).toPlainString() + ")");
    }
}
