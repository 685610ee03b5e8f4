package be.smartcredit.hub.document;

import java.time.LocalDate;

/** A letter to a debtor about a creditor's claims; {@link LetterRenderer#render(Letter)} turns it into a PDF. */
public sealed interface Letter
        permits ReminderLetter, FormalNotice, LawyerLetter, PaymentPlanConfirmation, ClosingLetter {

    LetterKind kind();

    LetterLanguage language();

    /** The date printed on the letter. */
    LocalDate date();

    /** The creditor whose claims the letter is about, and whose account the debtor pays into. */
    ReminderLetter.Creditor creditor();

    ReminderLetter.Debtor debtor();

    Presentation presentation();
}
