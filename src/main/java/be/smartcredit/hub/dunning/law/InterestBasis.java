package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Where a debt's interest rate comes from: a statutory table, an agreed rate, or an agreed rate under a cap. */
@FunctionalInterface
public interface InterestBasis {

    /** The rates in force from {@code from} to {@code to} (both included), in order, covering every day. */
    List<RatePeriod> periods(LocalDate from, LocalDate to);

    /** One rate for every day, for instance the rate of the client's general terms. */
    static InterestBasis fixed(BigDecimal rate, String legalBasis) {
        return (from, to) -> List.of(new RatePeriod(from, to, rate, legalBasis));
    }

    /** This basis, but never above {@code cap} on any day; days where the cap bites name {@code capRule}. */
    default InterestBasis cappedBy(InterestBasis cap, String capRule) {
        InterestBasis own = this;
        return (from, to) -> {
            List<RatePeriod> result = new ArrayList<>();
            for (RatePeriod wanted : own.periods(from, to)) {
                for (RatePeriod limit : cap.periods(wanted.from(), wanted.to())) {
                    boolean capped = limit.rate().compareTo(wanted.rate()) < 0;
                    String basis = capped ? capRule + "; " + limit.legalBasis() : wanted.legalBasis();
                    result.add(new RatePeriod(limit.from(), limit.to(), capped ? limit.rate() : wanted.rate(), basis));
                }
            }
            return result;
        };
    }
}
