package be.smartcredit.hub.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A client's key figures for a period, computed from the database's aggregates: open amount by stage, ageing
 * buckets, amounts recovered, collection rate, DSO by the countback method, and success rate per step.
 */
public final class DashboardFigures {

    static final List<String> BUCKETS = List.of("not-due", "1-30", "31-60", "61-90", "90+");

    private DashboardFigures() {
    }

    /** The period's figures; {@code asOf} is the period's last day. */
    public static Figures compute(Aggregates data, LocalDate from, LocalDate asOf) {
        BigDecimal openTotal = data.openByDueDate().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal recoveredInPeriod = sumMonths(data.recoveredByMonth(), YearMonth.from(from), YearMonth.from(asOf));
        BigDecimal recoveredMonth = data.recoveredByMonth().getOrDefault(YearMonth.from(asOf), BigDecimal.ZERO);
        BigDecimal recoveredYear = sumMonths(data.recoveredByMonth(), YearMonth.of(asOf.getYear(), 1),
                YearMonth.from(asOf));
        return new Figures(sorted(data.openByStage()), ageing(data.openByDueDate(), asOf), recoveredMonth,
                recoveredYear, recoveredInPeriod, collectionRate(recoveredInPeriod, openTotal),
                daysSalesOutstanding(openTotal, data.invoicedByMonth(), asOf), successRates(data.stepResults()));
    }

    /** Open amounts by days past due on {@code asOf}. */
    static Map<String, BigDecimal> ageing(Map<LocalDate, BigDecimal> openByDueDate, LocalDate asOf) {
        Map<String, BigDecimal> buckets = new LinkedHashMap<>();
        BUCKETS.forEach(b -> buckets.put(b, BigDecimal.ZERO));
        openByDueDate.forEach((due, amount) -> buckets.merge(bucket(ChronoUnit.DAYS.between(due, asOf)), amount,
                BigDecimal::add));
        return buckets;
    }

    private static String bucket(long daysLate) {
        if (daysLate <= 0) {
            return "not-due";
        }
        return daysLate <= 30 ? "1-30" : daysLate <= 60 ? "31-60" : daysLate <= 90 ? "61-90" : "90+";
    }

    /** Recovered in the period as a share (per cent) of what was recovered plus what is still open. */
    static BigDecimal collectionRate(BigDecimal recovered, BigDecimal open) {
        BigDecimal base = recovered.add(open);
        return base.signum() == 0 ? BigDecimal.ZERO
                : recovered.multiply(BigDecimal.valueOf(100)).divide(base, 1, RoundingMode.HALF_UP);
    }

    /**
     * DSO by countback: the open receivables are matched against the invoicing of the latest months, newest
     * first; every month fully used counts its days, the month that is used in part counts its share of days.
     */
    static BigDecimal daysSalesOutstanding(BigDecimal open, Map<YearMonth, BigDecimal> invoicedByMonth,
            LocalDate asOf) {
        BigDecimal left = open;
        BigDecimal days = BigDecimal.ZERO;
        YearMonth month = YearMonth.from(asOf);
        for (int i = 0; i < 120 && left.signum() > 0; i++, month = month.minusMonths(1)) {
            BigDecimal invoiced = invoicedByMonth.getOrDefault(month, BigDecimal.ZERO);
            int monthDays = month.equals(YearMonth.from(asOf)) ? asOf.getDayOfMonth() : month.lengthOfMonth();
            if (invoiced.compareTo(left) >= 0) {
                return days.add(left.multiply(BigDecimal.valueOf(monthDays)).divide(invoiced, 1,
                        RoundingMode.HALF_UP));
            }
            days = days.add(BigDecimal.valueOf(monthDays));
            left = left.subtract(invoiced);
        }
        return days.setScale(1, RoundingMode.HALF_UP);
    }

    static List<StepSuccess> successRates(List<StepResult> results) {
        return results.stream().map(r -> new StepSuccess(r.step(), r.sent(), r.paid(), r.sent() == 0
                ? BigDecimal.ZERO : BigDecimal.valueOf(r.paid() * 100L).divide(BigDecimal.valueOf(r.sent()), 1,
                        RoundingMode.HALF_UP))).toList();
    }

    private static BigDecimal sumMonths(Map<YearMonth, BigDecimal> byMonth, YearMonth first, YearMonth last) {
        return byMonth.entrySet().stream().filter(e -> !e.getKey().isBefore(first) && !e.getKey().isAfter(last))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, BigDecimal> sorted(Map<String, BigDecimal> byStage) {
        return new TreeMap<>(byStage);
    }

    /**
     * What the database adds up for one client (or all, for agents).
     *
     * @param openByStage open amount per dossier stage ({@code NONE} before the first step)
     * @param openByDueDate open amount per due date
     * @param recoveredByMonth amounts allocated to claims (not undone) per month the payment was booked
     * @param invoicedByMonth amounts of invoices per month of issue
     * @param stepResults per step, the letters sent in the period and how many of them have all their claims paid
     */
    public record Aggregates(Map<String, BigDecimal> openByStage, Map<LocalDate, BigDecimal> openByDueDate,
            Map<YearMonth, BigDecimal> recoveredByMonth, Map<YearMonth, BigDecimal> invoicedByMonth,
            List<StepResult> stepResults) {
    }

    /** Letters of one step sent in the period, and how many of them were followed by full payment. */
    public record StepResult(String step, long sent, long paid) {
    }

    /** One step's success rate in per cent. */
    public record StepSuccess(String step, long sent, long paid, BigDecimal rate) {
    }

    /** The dashboard's figures. */
    public record Figures(Map<String, BigDecimal> openByStage, Map<String, BigDecimal> ageing,
            BigDecimal recoveredThisMonth, BigDecimal recoveredThisYear, BigDecimal recoveredInPeriod,
            BigDecimal collectionRate, BigDecimal dso, List<StepSuccess> successByStep) {
    }
}
