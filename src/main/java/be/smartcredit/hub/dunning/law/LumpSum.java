package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.util.Objects;

/** A lump sum or flat compensation claimed on a debt, with the rule that set its amount. */
public record LumpSum(BigDecimal amount, String rule) {

    public LumpSum {
        Money.requireNonNegative(amount, "lump sum");
        Objects.requireNonNull(rule, "rule");
    }

    static LumpSum none(String rule) {
        return new LumpSum(Money.ZERO, rule);
    }
}
