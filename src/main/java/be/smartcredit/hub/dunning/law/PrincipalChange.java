package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated change of the principal that bears interest: negative for a payment or credit that lowers
 * it. The change counts from the day after {@code on}: interest still runs on the day of payment.
 */
public record PrincipalChange(LocalDate on, BigDecimal amount) {

    public PrincipalChange {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(amount, "amount");
    }
}
