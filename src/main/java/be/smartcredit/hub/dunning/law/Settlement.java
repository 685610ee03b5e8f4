package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Money that reduced a debt on a given day: a payment received or a credit note granted. */
public record Settlement(Kind kind, LocalDate on, BigDecimal amount) {

    public Settlement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        amount = Money.round(Money.requireNonNegative(amount, "settlement amount"));
    }

    /** What reduced the debt. */
    public enum Kind {
        PAYMENT,
        CREDIT
    }

    public static Settlement payment(LocalDate on, BigDecimal amount) {
        return new Settlement(Kind.PAYMENT, on, amount);
    }

    public static Settlement credit(LocalDate on, BigDecimal amount) {
        return new Settlement(Kind.CREDIT, on, amount);
    }
}
