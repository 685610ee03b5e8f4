package be.smartcredit.hub.document;

import be.smartcredit.hub.claim.StructuredCommunication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Test fixtures: reminder letters with known values, to vary one thing at a time. */
public final class ReminderLetters {

    public static final String CREDITOR_NAME = "Zonnebloem Verwarming BV";
    public static final String ENTERPRISE_NUMBER = "0123.456.749";
    public static final String IBAN = "BE68539007547034";
    public static final String BIC = "GKCCBEBB";
    public static final StructuredCommunication COMMUNICATION = StructuredCommunication.fromBase(1234567890L);

    private ReminderLetters() {
    }

    /** A first reminder in Dutch, in euro, about two invoices totalling 1684.56, with a lump sum of 124.23. */
    public static ReminderLetter sample() {
        return sample(LetterKind.REMINDER_1);
    }

    public static ReminderLetter sample(LetterKind kind) {
        return new ReminderLetter(kind, LetterLanguage.NL, LocalDate.of(2025, 3, 14), creditor(),
                debtor("Jan Peeters"), invoices(), Currency.getInstance("EUR"), COMMUNICATION,
                LocalDate.of(2025, 4, 2), new BigDecimal("124.23"));
    }

    public static ReminderLetter.Creditor creditor() {
        return new ReminderLetter.Creditor(CREDITOR_NAME, ENTERPRISE_NUMBER, "BE 0123.456.749",
                List.of("Industrieweg 7", "9000 Gent"), "+32 9 123 45 67", "boekhouding@zonnebloem.example",
                "BE68 5390 0754 7034", BIC, null);
    }

    public static ReminderLetter.Debtor debtor(String name) {
        return new ReminderLetter.Debtor(name, List.of("Kerkstraat 12", "2000 Antwerpen"));
    }

    public static List<ReminderLetter.OpenInvoice> invoices() {
        return List.of(
                new ReminderLetter.OpenInvoice("F2025-0101", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 9),
                        new BigDecimal("450.00")),
                new ReminderLetter.OpenInvoice("F2025-0144", LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 23),
                        new BigDecimal("1234.56")));
    }

    public static ReminderLetter withDebtor(ReminderLetter letter, ReminderLetter.Debtor debtor) {
        return new ReminderLetter(letter.kind(), letter.language(), letter.date(), letter.creditor(), debtor,
                letter.invoices(), letter.currency(), letter.communication(), letter.payBy(),
                letter.lumpSumIfUnpaid());
    }

    public static ReminderLetter withCreditor(ReminderLetter letter, ReminderLetter.Creditor creditor) {
        return new ReminderLetter(letter.kind(), letter.language(), letter.date(), creditor, letter.debtor(),
                letter.invoices(), letter.currency(), letter.communication(), letter.payBy(),
                letter.lumpSumIfUnpaid());
    }

    public static ReminderLetter withCurrency(ReminderLetter letter, Currency currency) {
        return new ReminderLetter(letter.kind(), letter.language(), letter.date(), letter.creditor(),
                letter.debtor(), letter.invoices(), currency, letter.communication(), letter.payBy(),
                letter.lumpSumIfUnpaid());
    }

    public static ReminderLetter withLanguage(ReminderLetter letter, LetterLanguage language) {
        return new ReminderLetter(letter.kind(), language, letter.date(), letter.creditor(), letter.debtor(),
                letter.invoices(), letter.currency(), letter.communication(), letter.payBy(),
                letter.lumpSumIfUnpaid());
    }

    public static ReminderLetter.Creditor creditorNamed(String name) {
        ReminderLetter.Creditor c = creditor();
        return new ReminderLetter.Creditor(name, c.enterpriseNumber(), c.vatNumber(), c.addressLines(), c.phone(),
                c.email(), c.iban(), c.bic(), c.logo());
    }
}
