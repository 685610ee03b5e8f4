package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stretch of days (both included) over which one interest rate applies, and the rule behind it. */
public record RatePeriod(LocalDate from, LocalDate to, BigDecimal rate, String legalBasis) {

    RatePeriod clip(LocalDate start, LocalDate end) {
        LocalDate clippedFrom = from.isBefore(start) ? start : from;
        LocalDate clippedTo = to.isAfter(end) ? end : to;
        return new RatePeriod(clippedFrom, clippedTo, rate, legalBasis);
    }
}
