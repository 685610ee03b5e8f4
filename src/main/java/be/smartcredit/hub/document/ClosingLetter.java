package be.smartcredit.hub.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Tells the debtor that the payment was received and the dossier is closed: nothing more is owed.
 *
 * @param language the language of the letter's texts
 * @param date the date printed on the letter
 * @param creditor the creditor
 * @param debtor the addressee
 * @param presentation whose letterhead and which ink; a pay page is not printed on this letter
 * @param currency the currency of the amount paid
 * @param paid the amount received in the end
 * @param paidOn the day the last payment was received
 * @param reference the dossier's payment reference, printed as the dossier's reference
 * @param invoices the numbers of the invoices now settled, at least one
 */
public record ClosingLetter(
        LetterLanguage language,
        LocalDate date,
        ReminderLetter.Creditor creditor,
        ReminderLetter.Debtor debtor,
        Presentation presentation,
        Currency currency,
        BigDecimal paid,
        LocalDate paidOn,
        PaymentReference reference,
        List<String> invoices) implements Letter {

    public ClosingLetter {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(presentation, "presentation");
        Objects.requireNonNull(currency, "currency");
        LetterChecks.requirePositive(paid, "amount paid");
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(reference, "reference");
        invoices = List.copyOf(invoices);
        if (invoices.isEmpty()) {
            throw new IllegalArgumentException("a closing letter names the invoices it settles");
        }
    }

    @Override
    public LetterKind kind() {
        return LetterKind.CLOSING;
    }
}
