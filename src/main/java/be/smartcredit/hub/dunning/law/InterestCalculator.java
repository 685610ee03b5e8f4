package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Computes late-payment interest day by day on the actual/365 convention (every year counts 365 days,
 * leap years included), with a new period at every rate change and every change of the principal.
 *
 * <p>Rounding: each period's interest is rounded to the cent, half up; a total is the sum of the
 * rounded periods, so it matches what a letter lists line by line.
 */
public final class InterestCalculator {

    private static final BigDecimal DAYS_A_YEAR = new BigDecimal(365);
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private InterestCalculator() {
    }

    /**
     * The interest periods from {@code from} to {@code to} (both included) on {@code principal} as
     * changed by {@code changes}; days on which nothing is owed produce no period.
     */
    public static List<InterestPeriod> interest(BigDecimal principal, List<PrincipalChange> changes,
            LocalDate from, LocalDate to, InterestBasis basis) {
        if (to.isBefore(from)) {
            return List.of();
        }
        TreeMap<LocalDate, BigDecimal> principalFrom = principalByDay(principal, changes, from);

        List<InterestPeriod> periods = new ArrayList<>();
        for (RatePeriod rate : basis.periods(from, to)) {
            LocalDate start = rate.from();
            while (!start.isAfter(rate.to())) {
                BigDecimal owed = principalFrom.floorEntry(start).getValue();
                LocalDate nextChange = principalFrom.higherKey(start);
                LocalDate end = nextChange == null || nextChange.isAfter(rate.to())
                        ? rate.to() : nextChange.minusDays(1);
                if (owed.signum() > 0) {
                    periods.add(period(start, end, owed, rate));
                }
                start = end.plusDays(1);
            }
        }
        return periods;
    }

    /** The sum of the periods' (already rounded) amounts. */
    public static BigDecimal total(List<InterestPeriod> periods) {
        return periods.stream().map(InterestPeriod::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private static TreeMap<LocalDate, BigDecimal> principalByDay(BigDecimal principal, List<PrincipalChange> changes,
            LocalDate from) {
        TreeMap<LocalDate, BigDecimal> byDay = new TreeMap<>();
        BigDecimal running = principal;
        List<PrincipalChange> sorted = changes.stream().sorted(Comparator.comparing(PrincipalChange::on)).toList();
        for (PrincipalChange change : sorted) {
            running = running.add(change.amount());
            LocalDate effective = change.on().plusDays(1);
            byDay.put(effective.isBefore(from) ? from : effective, running.max(BigDecimal.ZERO));
        }
        byDay.putIfAbsent(from, principal.max(BigDecimal.ZERO));
        return byDay;
    }

    private static InterestPeriod period(LocalDate start, LocalDate end, BigDecimal owed, RatePeriod rate) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        BigDecimal amount = owed.multiply(rate.rate()).multiply(BigDecimal.valueOf(days))
                .divide(Money.HUNDRED.multiply(DAYS_A_YEAR), PRECISION);
        return new InterestPeriod(start, end, days, owed, rate.rate(), rate.legalBasis(), Money.round(amount));
    }
}
