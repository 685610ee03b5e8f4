package be.smartcredit.hub.dunning;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a step may charge: nothing, the legal amount (the consumer lump sum after the free reminder,
 * or a business's EUR 40 compensation and interest), or a fixed amount.
 */
public record FeePolicy(Kind kind, BigDecimal amount) {

    public static final FeePolicy NONE = new FeePolicy(Kind.NONE, null);
    public static final FeePolicy LEGAL = new FeePolicy(Kind.LEGAL, null);

    /** The three kinds of fee. */
    public enum Kind {
        NONE,
        LEGAL,
        FIXED
    }

    public FeePolicy {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.FIXED && (amount == null || amount.signum() <= 0)) {
            throw new IllegalArgumentException("a fixed fee needs a positive amount");
        }
    }

    public static FeePolicy fixed(BigDecimal amount) {
        return new FeePolicy(Kind.FIXED, amount);
    }
}
