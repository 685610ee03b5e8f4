package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Interest on one principal at one rate over a run of days (both ends included): {@code amount} is
 * principal x rate / 100 x days / 365, rounded to the cent half up.
 */
public record InterestPeriod(LocalDate from, LocalDate to, long days, BigDecimal principal, BigDecimal rate,
        String legalBasis, BigDecimal amount) {
}
