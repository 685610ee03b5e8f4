package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Works out what a debtor owes on one claim on a given day, applying Book XIX to consumers and the Law
 * of 2 August 2002 to businesses, and records every rule decision it takes.
 *
 * <p>Rounding: amounts are in euro at scale 2; each interest period is rounded to the cent half up and
 * the totals are sums of rounded amounts.
 */
public final class DebtStatementCalculator {

    static final String CONTRACT_RATE = "contractual rate of the client's general terms";
    static final String CONSUMER_CAP = "capped at the commercial late-payment rate (art. XIX.4 Code of Economic Law)";

    private final RateTable rates;

    public DebtStatementCalculator(RateTable rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /** The statement of {@code debt} on {@code on}, counting the settlements made up to that day. */
    public DebtStatement statementOn(Debt debt, LocalDate on) {
        List<Settlement> settlements = debt.settlements().stream().filter(s -> !s.on().isAfter(on)).toList();
        BigDecimal settled = sum(settlements);
        List<String> decisions = new ArrayList<>();

        Charges charges = debt.debtorType() == DebtorType.CONSUMER
                ? consumerCharges(debt, settlements, on, decisions)
                : businessCharges(debt, settlements, on, decisions);

        BigDecimal interestTotal = InterestCalculator.total(charges.interest());
        BigDecimal owedBeforeSettlements = debt.principal().add(interestTotal).add(charges.compensation().amount());
        if (settled.compareTo(debt.principal()) > 0) {
            decisions.add("settlements exceed the principal by EUR " + settled.subtract(debt.principal())
                    + ": the rest is set against interest and costs");
        }
        return new DebtStatement(debt.reference(), on, debt.debtorType(), debt.principal(), settlements, settled,
                debt.principal().subtract(settled).max(Money.ZERO), charges.interest(), interestTotal,
                charges.compensation(), owedBeforeSettlements.subtract(settled).max(Money.ZERO), decisions);
    }

    private Charges consumerCharges(Debt debt, List<Settlement> settlements, LocalDate on, List<String> decisions) {
        if (!on.isAfter(debt.dueDate())) {
            return Charges.none(notOverdue(debt, decisions));
        }
        Optional<String> barred = costsBarredForConsumer(debt, on);
        if (barred.isPresent()) {
            decisions.add(barred.get());
            return Charges.none("no lump sum before the first reminder's term has ended (art. XIX.2)");
        }

        LocalDate termEnd = debt.firstReminderTermEnded();
        LocalDate from = termEnd.plusDays(1);
        decisions.add("no interest before the first reminder's term ended on " + termEnd + "; interest runs from "
                + from + " (art. XIX.2 Code of Economic Law)");
        InterestBasis basis = consumerBasis(debt.terms(), from, on, decisions);
        List<InterestPeriod> interest = InterestCalculator.interest(debt.principal(), changes(settlements), from, on,
                basis);
        return new Charges(interest, consumerLumpSum(debt, settlements, termEnd, decisions));
    }

    /** Why a consumer owes no costs, damages or interest yet on {@code on}, if that is so (art. XIX.2). */
    private static Optional<String> costsBarredForConsumer(Debt debt, LocalDate on) {
        LocalDate termEnd = debt.firstReminderTermEnded();
        if (termEnd == null) {
            return Optional.of("no costs, damages or interest: the free first reminder has not been sent or its"
                    + " term has not been recorded (art. XIX.2 Code of Economic Law)");
        }
        if (!on.isAfter(termEnd)) {
            return Optional.of("no costs, damages or interest while the first reminder's term runs, until "
                    + termEnd + " (art. XIX.2 Code of Economic Law)");
        }
        return Optional.empty();
    }

    private InterestBasis consumerBasis(ContractTerms terms, LocalDate from, LocalDate on, List<String> decisions) {
        if (terms.agreedRate().isEmpty()) {
            decisions.add("no contractual rate agreed: the legal interest rate applies");
            noteUnpublished(RateKind.LEGAL, from, on, decisions);
            return rates.publishedBasis(RateKind.LEGAL);
        }
        BigDecimal rate = terms.interestRate();
        decisions.add("the contractual rate of " + percent(rate) + "% applies, never above the commercial"
                + " late-payment rate (art. XIX.4 Code of Economic Law)");
        noteUnpublished(RateKind.COMMERCIAL, from, on, decisions);
        return InterestBasis.fixed(rate, CONTRACT_RATE).cappedBy(rates.publishedBasis(RateKind.COMMERCIAL),
                CONSUMER_CAP);
    }

    /** Days no published rate covers bear no interest: the statement says so rather than guess a rate. */
    private void noteUnpublished(RateKind kind, LocalDate from, LocalDate on, List<String> decisions) {
        for (RateTable.Gap gap : rates.uncovered(kind, from, on)) {
            decisions.add("no interest claimed from " + gap.from() + " to " + gap.to() + ": the rate table has no"
                    + " published " + kind + " rate for these days");
        }
    }

    private static LumpSum consumerLumpSum(Debt debt, List<Settlement> settlements, LocalDate termEnd,
            List<String> decisions) {
        BigDecimal unpaid = openOn(debt, settlements, termEnd);
        if (unpaid.signum() == 0) {
            return LumpSum.none("the debt was paid within the first reminder's term, so no lump sum (art. XIX.2)");
        }
        Ruling<LumpSum> lumpSum = debt.terms().agreedDamages()
                .map(clause -> ConsumerDamages.withClause(unpaid, clause))
                .orElseGet(() -> Ruling.asRequested(ConsumerDamages.maximumFor(unpaid)));
        decisions.add("lump sum on EUR " + unpaid + " still open when the first reminder's term ended: "
                + lumpSum.value().rule());
        decisions.addAll(lumpSum.reasons());
        return lumpSum.value();
    }

    private Charges businessCharges(Debt debt, List<Settlement> settlements, LocalDate on, List<String> decisions) {
        if (!on.isAfter(debt.dueDate())) {
            return Charges.none(notOverdue(debt, decisions));
        }

        LocalDate from = debt.dueDate().plusDays(1);
        decisions.add("interest runs without notice from the day after the due date, " + from
                + " (Law of 2 August 2002, art. 5)");
        InterestBasis basis = businessBasis(debt.terms(), from, on, decisions);
        List<InterestPeriod> interest = InterestCalculator.interest(debt.principal(), changes(settlements), from, on,
                basis);

        LumpSum compensation = BusinessCompensation.forInvoice(openOn(debt, settlements, debt.dueDate()),
                debt.terms());
        decisions.add("compensation: " + compensation.rule());
        return new Charges(interest, compensation);
    }

    private InterestBasis businessBasis(ContractTerms terms, LocalDate from, LocalDate on, List<String> decisions) {
        if (terms.agreedRate().isEmpty()) {
            decisions.add("no contractual rate agreed: the commercial late-payment rate applies"
                    + " (Law of 2 August 2002, art. 5)");
            noteUnpublished(RateKind.COMMERCIAL, from, on, decisions);
            return rates.publishedBasis(RateKind.COMMERCIAL);
        }
        decisions.add("the contractual rate of " + percent(terms.interestRate()) + "% replaces the statutory rate"
                + " (Law of 2 August 2002, art. 5)");
        return InterestBasis.fixed(terms.interestRate(), CONTRACT_RATE + " (Law of 2 August 2002, art. 5)");
    }

    private static String notOverdue(Debt debt, List<String> decisions) {
        decisions.add("not overdue: nothing but the principal is owed up to the due date " + debt.dueDate());
        return "not overdue, so no lump sum";
    }

    private static BigDecimal openOn(Debt debt, List<Settlement> settlements, LocalDate day) {
        List<Settlement> before = settlements.stream().filter(s -> !s.on().isAfter(day)).toList();
        return debt.principal().subtract(sum(before)).max(Money.ZERO);
    }

    private static List<PrincipalChange> changes(List<Settlement> settlements) {
        return settlements.stream().map(s -> new PrincipalChange(s.on(), s.amount().negate())).toList();
    }

    private static BigDecimal sum(List<Settlement> settlements) {
        return settlements.stream().map(Settlement::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString();
    }

    private record Charges(List<InterestPeriod> interest, LumpSum compensation) {

        static Charges none(String why) {
            return new Charges(List.of(), LumpSum.none(why));
        }
    }
}
