package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;

/**
 * A damages clause of the client's general terms: a percentage of the unpaid amount with a minimum
 * in euro (for example 10% with a minimum of EUR 50). Rounding: the percentage is rounded to the cent,
 * half up, before the minimum is applied.
 */
public record DamagesClause(BigDecimal percent, BigDecimal minimum) {

    public DamagesClause {
        Money.requireNonNegative(percent, "damages clause percentage");
        minimum = Money.round(Money.requireNonNegative(minimum, "damages clause minimum"));
    }

    /** What the clause gives on {@code unpaid} euros. */
    public BigDecimal amountFor(BigDecimal unpaid) {
        return Money.percentOf(unpaid, percent).max(minimum);
    }

    /** The clause in words, for the reasons shown to people. */
    public String describe() {
        return percent.stripTrailingZeros().toPlainString() + "% with a minimum of EUR " + minimum;
    }
}
