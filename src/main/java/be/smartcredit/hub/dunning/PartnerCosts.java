package be.smartcredit.hub.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The costs the lawyer and the bailiff advanced on a dossier, kept apart from the claims and their lump sum:
 * only the bailiff's costs, and only once a judgment is reported, are the debtor's to bear.
 *
 * <p>Belgian law as applied here: in amicable collection a consumer may be asked no costs beyond what the law
 * and the contract allow (art. 5 of the Law of 20 December 2002, Book XIX of the Code of Economic Law), so
 * partner costs are not charged then; bailiff's fees under the official tariff (Royal Decree of 30 November 1976)
 * are costs of the proceedings that a judgment puts on the losing party (Judicial Code, art. 1017-1018). A
 * lawyer's costs are never charged here.
 *
 * @param advanced what the partners advanced up to the statement's day
 * @param recovered what of it was recovered from the debtor up to that day
 * @param chargeable what of the bailiff's costs the debtor still bears (zero before a judgment)
 * @param judgmentOn the day the bailiff reported the judgment, or {@code null}
 */
public record PartnerCosts(BigDecimal advanced, BigDecimal recovered, BigDecimal chargeable, LocalDate judgmentOn) {

    /** A dossier without partner costs. */
    public static final PartnerCosts NONE = new PartnerCosts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            null);

    /** One cost a partner reported: who, advanced or recovered, how much, on which day. */
    public record Cost(String partner, boolean advanced, BigDecimal amount, LocalDate onDate) {
    }

    /** The costs as they stand on {@code date}, the bailiff's chargeable from the judgment on. */
    public static PartnerCosts on(LocalDate date, List<Cost> costs, LocalDate judgmentOn) {
        List<Cost> upToDate = costs.stream().filter(c -> !c.onDate().isAfter(date)).toList();
        BigDecimal advanced = sum(upToDate, null, true);
        BigDecimal recovered = sum(upToDate, null, false);
        boolean judged = judgmentOn != null && !judgmentOn.isAfter(date);
        BigDecimal bailiffOut = sum(upToDate, "bailiff", true).subtract(sum(upToDate, "bailiff", false));
        BigDecimal chargeable = judged ? bailiffOut.max(BigDecimal.ZERO) : BigDecimal.ZERO;
        return new PartnerCosts(advanced, recovered, chargeable, judged ? judgmentOn : null);
    }

    /**
     * Why a partner's new cost cannot be taken, in words naming the field and the amounts, or {@code null}: its
     * currency must be the dossier's claims' currency, and a partner cannot recover more than it advanced.
     *
     * @param cost the new cost, its amount in {@code currency}
     * @param currency the cost's currency
     * @param claimCurrencies the currencies of the dossier's claims
     * @param earlier the costs reported on the dossier before
     */
    public static String refusal(Cost cost, String currency, Collection<String> claimCurrencies,
            List<Cost> earlier) {
        if (!claimCurrencies.isEmpty() && !claimCurrencies.contains(currency)) {
            return "field 'currency' is " + currency + " but the dossier's claims are in "
                    + String.join(", ", claimCurrencies.stream().sorted().toList());
        }
        if (cost.advanced()) {
            return null;
        }
        BigDecimal out = sum(earlier, cost.partner(), true).subtract(sum(earlier, cost.partner(), false));
        return cost.amount().compareTo(out) > 0 ? "field 'amount' " + cost.amount().toPlainString() + " recovered "
                + "exceeds the " + out.toPlainString() + " the " + cost.partner() + " advanced and has not "
                + "recovered yet" : null;
    }

    /** Why the costs are charged as they are, in one sentence. */
    public String explanation() {
        if (judgmentOn == null) {
            return "Partner costs of " + advanced.toPlainString() + " advanced are not charged to the debtor: "
                    + "bailiff's fees become the debtor's only by a judgment, and lawyer's costs are not charged.";
        }
        return "Bailiff's costs of " + chargeable.toPlainString() + " still open are charged to the debtor on "
                + "their own line since the judgment of " + judgmentOn + " (official tariff, Judicial Code art. "
                + "1017-1018); lawyer's costs are not charged.";
    }

    private static BigDecimal sum(List<Cost> costs, String partner, boolean advanced) {
        return costs.stream().filter(c -> c.advanced() == advanced)
                .filter(c -> partner == null || partner.equals(c.partner())).map(Cost::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
