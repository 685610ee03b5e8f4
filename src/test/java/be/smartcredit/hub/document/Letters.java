package be.smartcredit.hub.document;

import be.smartcredit.hub.Samples;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Test fixtures for every kind of letter, with known values; the debtor's name and address mix Latin, Greek
 * and Cyrillic scripts, so that every golden rendering also proves the fonts cover them.
 */
public final class Letters {

    public static final String DEBTOR_NAME = "Łukasz Żółć-Ødegård";
    public static final String DEBTOR_CARE_OF = "Şahin Παπαδόπουλος Иванов";
    public static final Currency EUR = Currency.getInstance("EUR");
    public static final PaymentReference OGM = PaymentReference.of(ReminderLetters.COMMUNICATION);
    public static final PaymentReference RF = PaymentReference.creditorReference("RF18 5390 0754 7034");
    public static final String INVOICE_SAMPLE = "peppol-bis-invoice-3_base-example.xml";

    /** What every euro letter's QR code carries before its amount and reference. */
    public static final String EPC_HEAD = String.join("\n", "BCD", "002", "1", "SCT", ReminderLetters.BIC,
            ReminderLetters.CREDITOR_NAME, ReminderLetters.IBAN) + "\n";

    private Letters() {
    }

    /** One sample of each kind, in the given language, silent mode, in colour. */
    public static Object sample(LetterKind kind, LetterLanguage language) {
        return switch (kind) {
            case REMINDER_1, REMINDER_2 -> reminder(kind, language);
            case FORMAL_NOTICE -> formalNotice(language);
            case LAWYER_LETTER -> lawyerLetter(language);
            case PAYMENT_PLAN -> paymentPlan(language);
            case CLOSING -> closingLetter(language);
            case INVOICE -> invoice(language);
        };
    }

    /** The exact EPC payload each sample's QR code carries, or {@code null} for a letter without one. */
    public static String expectedPayload(LetterKind kind) {
        return switch (kind) {
            case REMINDER_1, REMINDER_2 -> EPC_HEAD + "EUR1684.56\n\n123456789002";
            case FORMAL_NOTICE -> EPC_HEAD + "EUR1683.26\n\n123456789002";
            case LAWYER_LETTER -> EPC_HEAD + "EUR1683.26\n\nRF18539007547034";
            case PAYMENT_PLAN -> EPC_HEAD + "EUR561.09\n\n123456789002";
            case INVOICE -> EPC_HEAD + "EUR1656.25\n\n123456789002";
            case CLOSING -> null;
        };
    }

    public static ReminderLetter.Debtor debtor() {
        return new ReminderLetter.Debtor(DEBTOR_NAME, List.of("p/a " + DEBTOR_CARE_OF, "Kerkstraat 12",
                "2000 Antwerpen"));
    }

    public static ReminderLetter reminder(LetterKind kind, LetterLanguage language) {
        ReminderLetter sample = ReminderLetters.withLanguage(ReminderLetters.sample(kind), language);
        return ReminderLetters.withDebtor(sample, debtor());
    }

    public static Agency agency() {
        return new Agency("Incasso Vlaanderen NV", "0987.654.321", List.of("Meir 1", "2000 Antwerpen"),
                "+32 3 555 12 12", "dossiers@incasso.example", null, "FOD-ECO-2021-0042");
    }

    public static Lawyer lawyer() {
        return new Lawyer("Mr. An Verbeke", "Verbeke Advocaten", "Balie Gent", "0555.444.333",
                List.of("Kouter 5", "9000 Gent"), "+32 9 222 33 44", "an@verbeke.example", null);
    }

    /** Principal 1684.56, interest 40.24, charges 208.46, less 250.00: 1683.26 in all. */
    public static DebtBreakdown debt() {
        return new DebtBreakdown(EUR,
                List.of(new DebtBreakdown.Principal("F2025-0101", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 9),
                                "Onderhoud verwarmingsketel", new BigDecimal("450.00")),
                        new DebtBreakdown.Principal("F2025-0144", LocalDate.of(2025, 1, 24),
                                LocalDate.of(2025, 2, 23), null, new BigDecimal("1234.56"))),
                List.of(new DebtBreakdown.InterestPeriod("F2025-0101", LocalDate.of(2025, 2, 10),
                                LocalDate.of(2025, 4, 30), 80, new BigDecimal("12.50"), LegalBasis.LATE_PAYMENT_ACT,
                                new BigDecimal("12.33")),
                        new DebtBreakdown.InterestPeriod("F2025-0144", LocalDate.of(2025, 2, 24),
                                LocalDate.of(2025, 4, 30), 66, new BigDecimal("12.50"), LegalBasis.LATE_PAYMENT_ACT,
                                new BigDecimal("27.91"))),
                List.of(new DebtBreakdown.Charge(DebtBreakdown.ChargeKind.LUMP_SUM, LegalBasis.CONTRACT_TERMS,
                                "10 % x 1684,56 = 168,46", new BigDecimal("168.46")),
                        new DebtBreakdown.Charge(DebtBreakdown.ChargeKind.RECOVERY_COSTS,
                                LegalBasis.LATE_PAYMENT_ACT, null, new BigDecimal("40.00"))),
                List.of(new DebtBreakdown.Deduction(DebtBreakdown.DeductionKind.CREDIT_NOTE,
                                LocalDate.of(2025, 3, 1), "CN2025-007", new BigDecimal("50.00")),
                        new DebtBreakdown.Deduction(DebtBreakdown.DeductionKind.PAYMENT, LocalDate.of(2025, 3, 20),
                                null, new BigDecimal("200.00"))));
    }

    public static FormalNotice formalNotice(LetterLanguage language) {
        return new FormalNotice(language, LocalDate.of(2025, 5, 2), ReminderLetters.creditor(), debtor(),
                Presentation.silentMode(), null, debt(), OGM, LocalDate.of(2025, 5, 20));
    }

    public static FormalNotice formalNoticeByAgency(LetterLanguage language) {
        return new FormalNotice(language, LocalDate.of(2025, 5, 2), ReminderLetters.creditor(), debtor(),
                Presentation.silentMode().withAgency(agency()), new Mandate(LocalDate.of(2025, 4, 15),
                "MAN-2025-0042"), debt(), OGM, LocalDate.of(2025, 5, 20));
    }

    public static LawyerLetter lawyerLetter(LetterLanguage language) {
        return new LawyerLetter(language, LocalDate.of(2025, 6, 2), ReminderLetters.creditor(), debtor(),
                Presentation.silentMode(), lawyer(), debt(), RF, LocalDate.of(2025, 6, 17));
    }

    public static PaymentPlanConfirmation paymentPlan(LetterLanguage language) {
        return new PaymentPlanConfirmation(language, LocalDate.of(2025, 5, 6), ReminderLetters.creditor(),
                debtor(), Presentation.silentMode(), LocalDate.of(2025, 5, 5), EUR, List.of(
                        new PaymentPlanConfirmation.Instalment(LocalDate.of(2025, 6, 1), new BigDecimal("561.09")),
                        new PaymentPlanConfirmation.Instalment(LocalDate.of(2025, 7, 1), new BigDecimal("561.09")),
                        new PaymentPlanConfirmation.Instalment(LocalDate.of(2025, 8, 1), new BigDecimal("561.08"))),
                OGM);
    }

    public static ClosingLetter closingLetter(LetterLanguage language) {
        return new ClosingLetter(language, LocalDate.of(2025, 8, 4), ReminderLetters.creditor(), debtor(),
                Presentation.silentMode(), EUR, new BigDecimal("1683.26"), LocalDate.of(2025, 8, 1), OGM,
                List.of("F2025-0101", "F2025-0144"));
    }

    /** The Peppol BIS 3 base example (payable EUR 1656.25) printed for the client with the hub's reference. */
    public static InvoiceDocument invoice(LetterLanguage language) {
        return new InvoiceDocument(Samples.ubl(INVOICE_SAMPLE), INVOICE_SAMPLE, language, ReminderLetters.creditor(),
                Presentation.silentMode(), OGM, "Betaling binnen 30 dagen.\nBij laattijdige betaling ...");
    }

    /** Renders any sample: a letter or an invoice. */
    public static byte[] render(LetterRenderer renderer, Object sample) {
        return sample instanceof InvoiceDocument invoice ? renderer.render(invoice) : renderer.render((Letter) sample);
    }
}
