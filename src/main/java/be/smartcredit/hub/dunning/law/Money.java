package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in euro as the rules handle them: scale 2, rounded half up (0.005 becomes 0.01). */
final class Money {

    static final BigDecimal ZERO = euros("0");
    static final BigDecimal HUNDRED = new BigDecimal(100);

    private Money() {
    }

    static BigDecimal euros(String amount) {
        return round(new BigDecimal(amount));
    }

    static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return round(amount.multiply(percent).divide(HUNDRED));
    }

    static BigDecimal requireNonNegative(BigDecimal amount, String what) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must be zero or more, was " + amount);
        }
        return amount;
    }
}
