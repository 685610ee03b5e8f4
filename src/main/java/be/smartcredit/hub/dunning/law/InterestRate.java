package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the rate table: a rate in percent a year in force from one day to another, both included. */
public record InterestRate(RateKind kind, LocalDate from, LocalDate to, BigDecimal rate, String source) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
