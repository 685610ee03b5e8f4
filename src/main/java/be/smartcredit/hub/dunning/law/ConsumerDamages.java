package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;

/**
 * The highest lump sum a creditor may claim from a consumer once the first reminder's term has
 * ended (Code of Economic Law, art. XIX.4): EUR 20 up to EUR 150 outstanding; EUR 30 plus 10% of the
 * part above EUR 150 up to EUR 500; EUR 65 plus 5% of the part above EUR 500, at most EUR 2,000.
 *
 * <p>Rounding: the percentage is taken of the exact outstanding amount and the result rounded to the
 * cent, half up; the cap applies after rounding.
 */
public final class ConsumerDamages {

    static final BigDecimal FIRST_BAND_LIMIT = Money.euros("150");
    static final BigDecimal SECOND_BAND_LIMIT = Money.euros("500");
    static final BigDecimal CAP = Money.euros("2000");

    private static final BigDecimal FIRST_BAND_SUM = Money.euros("20");
    private static final BigDecimal SECOND_BAND_BASE = Money.euros("30");
    private static final BigDecimal SECOND_BAND_PERCENT = new BigDecimal("10");
    private static final BigDecimal THIRD_BAND_BASE = Money.euros("65");
    private static final BigDecimal THIRD_BAND_PERCENT = new BigDecimal("5");

    private ConsumerDamages() {
    }

    /** The Book XIX maximum for a debt with {@code outstanding} euros still open. */
    public static LumpSum maximumFor(BigDecimal outstanding) {
        Money.requireNonNegative(outstanding, "outstanding amount");
        if (outstanding.signum() == 0) {
            return LumpSum.none("nothing outstanding, so no lump sum (art. XIX.4 Code of Economic Law)");
        }
        if (outstanding.compareTo(FIRST_BAND_LIMIT) <= 0) {
            return new LumpSum(FIRST_BAND_SUM,
                    "EUR 20 for an outstanding amount up to EUR 150 (art. XIX.4 Code of Economic Law)");
        }
        if (outstanding.compareTo(SECOND_BAND_LIMIT) <= 0) {
            BigDecimal sum = SECOND_BAND_BASE.add(Money.percentOf(outstanding.subtract(FIRST_BAND_LIMIT),
                    SECOND_BAND_PERCENT));
            return new LumpSum(sum, "EUR 30 plus 10% of the part above EUR 150, for an outstanding amount"
                    + " up to EUR 500 (art. XIX.4 Code of Economic Law)");
        }
        BigDecimal sum = THIRD_BAND_BASE.add(Money.percentOf(outstanding.subtract(SECOND_BAND_LIMIT),
                THIRD_BAND_PERCENT));
        if (sum.compareTo(CAP) > 0) {
            return new LumpSum(CAP, "EUR 65 plus 5% of the part above EUR 500, capped at EUR 2,000"
                    + " (art. XIX.4 Code of Economic Law)");
        }
        return new LumpSum(sum, "EUR 65 plus 5% of the part above EUR 500, for an outstanding amount"
                + " above EUR 500 (art. XIX.4 Code of Economic Law)");
    }

    /**
     * The lump sum when the client's terms set their own damages: the agreed amount when it stays
     * within the Book XIX maximum, the maximum otherwise.
     */
    public static Ruling<LumpSum> withClause(BigDecimal outstanding, DamagesClause clause) {
        LumpSum maximum = maximumFor(outstanding);
        BigDecimal agreed = clause.amountFor(outstanding);
        if (agreed.compareTo(maximum.amount()) <= 0) {
            return Ruling.asRequested(new LumpSum(agreed, "damages clause of the client's general terms ("
                    + clause.describe() + "), within the maximum of art. XIX.4 Code of Economic Law"));
        }
        return Ruling.corrected(maximum, "the damages clause (" + clause.describe() + ") gives EUR " + agreed
                + ", above the consumer maximum of EUR " + maximum.amount() + ": the maximum applies"
                + " (art. XIX.4 Code of Economic Law)");
    }
}
