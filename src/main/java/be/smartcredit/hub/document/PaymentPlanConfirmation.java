package be.smartcredit.hub.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Confirms a payment plan agreed with the debtor: every instalment with its date and amount; the QR code pays
 * the first one.
 *
 * @param language the language of the letter's texts
 * @param date the date printed on the letter
 * @param creditor the creditor, whose account the debtor pays into
 * @param debtor the addressee
 * @param presentation whose letterhead, which ink, which pay page
 * @param agreedOn the day the plan was agreed
 * @param currency the currency of every amount
 * @param instalments the instalments in date order, at least one
 * @param reference the reference to pay every instalment with
 */
public record PaymentPlanConfirmation(
        LetterLanguage language,
        LocalDate date,
        ReminderLetter.Creditor creditor,
        ReminderLetter.Debtor debtor,
        Presentation presentation,
        LocalDate agreedOn,
        Currency currency,
        List<Instalment> instalments,
        PaymentReference reference) implements Letter {

    public PaymentPlanConfirmation {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(presentation, "presentation");
        Objects.requireNonNull(agreedOn, "agreedOn");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(reference, "reference");
        instalments = List.copyOf(instalments);
        requireInDateOrder(instalments);
    }

    @Override
    public LetterKind kind() {
        return LetterKind.PAYMENT_PLAN;
    }

    /** The sum of all instalments. */
    public BigDecimal total() {
        return instalments.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void requireInDateOrder(List<Instalment> instalments) {
        if (instalments.isEmpty()) {
            throw new IllegalArgumentException("a payment plan has at least one instalment");
        }
        for (int i = 1; i < instalments.size(); i++) {
            if (!instalments.get(i).due().isAfter(instalments.get(i - 1).due())) {
                throw new IllegalArgumentException("instalment " + (i + 1) + " falls due on "
                        + instalments.get(i).due() + ", not after the one before it");
            }
        }
    }

    /** One instalment: the amount to pay by a date. */
    public record Instalment(LocalDate due, BigDecimal amount) {

        public Instalment {
            Objects.requireNonNull(due, "due");
            LetterChecks.requirePositive(amount, "instalment");
        }
    }
}
