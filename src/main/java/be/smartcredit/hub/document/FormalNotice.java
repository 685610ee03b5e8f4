package be.smartcredit.hub.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A formal notice (ingebrekestelling, mise en demeure) as the Law of 20 December 2002 on the amicable collection
 * of consumer debts shapes it: who the creditor and the agency are, the supervising authority, the debt and every
 * amount with its calculation, and a term of at least fifteen days to pay.
 *
 * @param language the language of the letter's texts
 * @param date the date printed on the letter, taken as the day it is sent
 * @param creditor the creditor, whose account the debtor pays into; its phone number is required
 * @param debtor the addressee
 * @param presentation the agency's letterhead in agency mode, the creditor's in silent mode
 * @param mandate the creditor's mandate to the agency; required in agency mode, {@code null} in silent mode
 * @param debt the calculation of what is owed
 * @param reference the reference to pay with
 * @param payBy the last day of the term, at least {@value #MIN_TERM_DAYS} days after the letter date
 */
public record FormalNotice(
        LetterLanguage language,
        LocalDate date,
        ReminderLetter.Creditor creditor,
        ReminderLetter.Debtor debtor,
        Presentation presentation,
        Mandate mandate,
        DebtBreakdown debt,
        PaymentReference reference,
        LocalDate payBy,
        boolean consumerDebt) implements Letter {

    /** The shortest term the Law of 20 December 2002 (art. 6) allows a debtor to react to a formal notice. */
    public static final int MIN_TERM_DAYS = 15;

    public FormalNotice {
        requireCommonParts(language, date, creditor, debtor, presentation, debt, reference);
        requireTerm(date, payBy);
        if (presentation.agencyMode() && mandate == null) {
            throw new IllegalArgumentException("a formal notice in agency mode names the creditor's mandate");
        }
    }

    /** A formal notice for a consumer debt, which carries the mentions of the Law of 20 December 2002. */
    public FormalNotice(LetterLanguage language, LocalDate date, ReminderLetter.Creditor creditor,
            ReminderLetter.Debtor debtor, Presentation presentation, Mandate mandate, DebtBreakdown debt,
            PaymentReference reference, LocalDate payBy) {
        this(language, date, creditor, debtor, presentation, mandate, debt, reference, payBy, true);
    }

    @Override
    public LetterKind kind() {
        return LetterKind.FORMAL_NOTICE;
    }

    static void requireCommonParts(LetterLanguage language, LocalDate date, ReminderLetter.Creditor creditor,
            ReminderLetter.Debtor debtor, Presentation presentation, DebtBreakdown debt,
            PaymentReference reference) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(presentation, "presentation");
        Objects.requireNonNull(debt, "debt");
        Objects.requireNonNull(reference, "reference");
        LetterChecks.requireText(creditor.phone(), "creditor phone number (the law asks for it on a formal notice)");
    }

    static void requireTerm(LocalDate date, LocalDate payBy) {
        Objects.requireNonNull(payBy, "payBy");
        // Limitation: the term is counted from the letter date, taken as the day of sending; a letter posted
        // later gives less than the term printed, so the caller must date the letter on the day it leaves.
        if (payBy.isBefore(date.plusDays(MIN_TERM_DAYS))) {
            throw new IllegalArgumentException("a formal notice gives at least " + MIN_TERM_DAYS
                    + " days to pay: letter of " + date + ", term ending " + payBy);
        }
    }
}
