package be.smartcredit.hub.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The full calculation of what a debtor owes, as a formal notice must show it: the principal per invoice, each
 * interest period, the lump sums and fees with the rule applied, less what was paid or credited.
 *
 * @param currency the currency of every amount
 * @param principal the invoices, at least one
 * @param interest the interest periods, possibly none
 * @param charges the lump sums and fees, possibly none
 * @param deductions the payments and credit notes received, possibly none
 */
public record DebtBreakdown(
        Currency currency,
        List<Principal> principal,
        List<InterestPeriod> interest,
        List<Charge> charges,
        List<Deduction> deductions) {

    public DebtBreakdown {
        Objects.requireNonNull(currency, "currency");
        principal = List.copyOf(principal);
        interest = List.copyOf(interest);
        charges = List.copyOf(charges);
        deductions = List.copyOf(deductions);
        if (principal.isEmpty()) {
            throw new IllegalArgumentException("a debt breakdown names at least one invoice");
        }
        BigDecimal total = totalOf(principal, interest, charges, deductions);
        if (total.signum() <= 0) {
            throw new IllegalArgumentException("a debt breakdown ends in a positive total, got " + total);
        }
    }

    /** Principal plus interest plus charges, less payments and credits. */
    public BigDecimal total() {
        return totalOf(principal, interest, charges, deductions);
    }

    private static BigDecimal totalOf(List<Principal> principal, List<InterestPeriod> interest,
            List<Charge> charges, List<Deduction> deductions) {
        BigDecimal owed = Stream.of(principal.stream().map(Principal::amount),
                interest.stream().map(InterestPeriod::amount), charges.stream().map(Charge::amount))
                .flatMap(amounts -> amounts).reduce(BigDecimal.ZERO, BigDecimal::add);
        return deductions.stream().map(Deduction::amount).reduce(owed, BigDecimal::subtract);
    }

    /**
     * One invoice's principal.
     *
     * @param invoice the invoice number
     * @param issued the invoice date
     * @param due the due date
     * @param description what the invoice was for (the obligation behind the debt), or {@code null}
     * @param amount the principal still owed on it
     */
    public record Principal(String invoice, LocalDate issued, LocalDate due, String description,
            BigDecimal amount) {

        public Principal {
            LetterChecks.requireText(invoice, "invoice number");
            Objects.requireNonNull(issued, "issued");
            Objects.requireNonNull(due, "due");
            LetterChecks.requirePositive(amount, "principal");
        }
    }

    /**
     * Interest over one period.
     *
     * @param invoice the invoice the interest runs on, or {@code null} when it runs on the whole principal
     * @param from the first day
     * @param to the last day
     * @param days the number of days counted
     * @param ratePercent the yearly rate, in percent (e.g. {@code 12.50})
     * @param basis the rule the rate comes from
     * @param amount the interest
     */
    public record InterestPeriod(String invoice, LocalDate from, LocalDate to, int days, BigDecimal ratePercent,
            LegalBasis basis, BigDecimal amount) {

        public InterestPeriod {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(basis, "basis");
            if (to.isBefore(from) || days <= 0) {
                throw new IllegalArgumentException("an interest period runs forward over at least one day: "
                        + from + " to " + to + ", " + days + " days");
            }
            LetterChecks.requirePositive(ratePercent, "interest rate");
            LetterChecks.requirePositive(amount, "interest amount");
        }
    }

    /**
     * A lump sum or fee.
     *
     * @param kind what is charged
     * @param basis the rule it rests on
     * @param rule how the amount follows from the rule, in the letter's language (e.g. {@code 10 % van de
     *     hoofdsom, minimum EUR 40,00}), or {@code null}
     * @param amount the amount charged
     */
    public record Charge(ChargeKind kind, LegalBasis basis, String rule, BigDecimal amount) {

        public Charge {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(basis, "basis");
            LetterChecks.requirePositive(amount, "charge");
        }
    }

    /** What a charge is. */
    public enum ChargeKind {
        /** Contractual or statutory damages as a lump sum (schadebeding, clause pénale). */
        LUMP_SUM,
        /** A fixed fee for the costs of recovery, such as the EUR 40 of the Law of 2 August 2002. */
        RECOVERY_COSTS
    }

    /**
     * A payment or credit that reduces the debt.
     *
     * @param kind a payment or a credit note
     * @param date when it was received or issued
     * @param reference the credit note's number or the payment's reference, or {@code null}
     * @param amount the amount, positive
     */
    public record Deduction(DeductionKind kind, LocalDate date, String reference, BigDecimal amount) {

        public Deduction {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(date, "date");
            LetterChecks.requirePositive(amount, "payment or credit");
        }
    }

    /** What reduced the debt. */
    public enum DeductionKind {
        PAYMENT,
        CREDIT_NOTE
    }
}
