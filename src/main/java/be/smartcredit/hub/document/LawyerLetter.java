package be.smartcredit.hub.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A lawyer's letter: a formal notice on the lawyer's letterhead, in a sterner tone, announcing court proceedings
 * when the debt stays unpaid; it carries the same calculation and term as a {@link FormalNotice}.
 *
 * @param language the language of the letter's texts
 * @param date the date printed on the letter, taken as the day it is sent
 * @param creditor the lawyer's client, whose account the debtor pays into; its phone number is required
 * @param debtor the addressee
 * @param presentation the ink and pay page; the letterhead is always the lawyer's
 * @param lawyer the lawyer who signs
 * @param debt the calculation of what is owed
 * @param reference the reference to pay with
 * @param payBy the last day of the term, at least {@value FormalNotice#MIN_TERM_DAYS} days after the letter date
 */
public record LawyerLetter(
        LetterLanguage language,
        LocalDate date,
        ReminderLetter.Creditor creditor,
        ReminderLetter.Debtor debtor,
        Presentation presentation,
        Lawyer lawyer,
        DebtBreakdown debt,
        PaymentReference reference,
        LocalDate payBy,
        boolean consumerDebt) implements Letter {

    /** A lawyer's letter for a consumer debt, which carries the mentions of the Law of 20 December 2002. */
    public LawyerLetter(LetterLanguage language, LocalDate date, ReminderLetter.Creditor creditor,
            ReminderLetter.Debtor debtor, Presentation presentation, Lawyer lawyer, DebtBreakdown debt,
            PaymentReference reference, LocalDate payBy) {
        this(language, date, creditor, debtor, presentation, lawyer, debt, reference, payBy, true);
    }

    public LawyerLetter {
        FormalNotice.requireCommonParts(language, date, creditor, debtor, presentation, debt, reference);
        Objects.requireNonNull(lawyer, "lawyer");
        FormalNotice.requireTerm(date, payBy);
    }

    @Override
    public LetterKind kind() {
        return LetterKind.LAWYER_LETTER;
    }
}
