package be.smartcredit.hub.document;

import be.smartcredit.hub.claim.StructuredCommunication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The data of one reminder letter: who writes (the creditor, in silent mode), to whom, about which open
 * invoices, and how and by when to pay.
 *
 * @param kind the dunning step
 * @param language the language of the letter's texts
 * @param date the date printed on the letter
 * @param creditor the sender; in silent mode the letter is entirely in the creditor's name
 * @param debtor the addressee
 * @param invoices the open invoices, at least one, all in {@code currency}
 * @param currency the currency of every amount on the letter
 * @param communication the structured communication to pay with
 * @param payBy the last day of the payment term
 * @param lumpSumIfUnpaid the lump sum that will be claimed when the term passes unpaid, or {@code null} for none
 * @param presentation whose letterhead, which ink, which pay page
 * @param dues what is owed on the letter's date beyond the open principal, or {@code null} to ask the open amount
 * @param bookXixMentions whether the letter carries the mentions Book XIX asks on a consumer's first reminder
 */
public record ReminderLetter(
        LetterKind kind,
        LetterLanguage language,
        LocalDate date,
        Creditor creditor,
        Debtor debtor,
        List<OpenInvoice> invoices,
        Currency currency,
        StructuredCommunication communication,
        LocalDate payBy,
        BigDecimal lumpSumIfUnpaid,
        Presentation presentation,
        Dues dues,
        boolean bookXixMentions) implements Letter {

    /** A reminder on the client's letterhead in the hub's accent colour, without a pay page. */
    public ReminderLetter(LetterKind kind, LetterLanguage language, LocalDate date, Creditor creditor,
            Debtor debtor, List<OpenInvoice> invoices, Currency currency, StructuredCommunication communication,
            LocalDate payBy, BigDecimal lumpSumIfUnpaid) {
        this(kind, language, date, creditor, debtor, invoices, currency, communication, payBy, lumpSumIfUnpaid,
                Presentation.silentMode());
    }

    /** A reminder asking the open amount; a first reminder carries the Book XIX mentions. */
    public ReminderLetter(LetterKind kind, LetterLanguage language, LocalDate date, Creditor creditor,
            Debtor debtor, List<OpenInvoice> invoices, Currency currency, StructuredCommunication communication,
            LocalDate payBy, BigDecimal lumpSumIfUnpaid, Presentation presentation) {
        this(kind, language, date, creditor, debtor, invoices, currency, communication, payBy, lumpSumIfUnpaid,
                presentation, null, kind == LetterKind.REMINDER_1);
    }

    public ReminderLetter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(communication, "communication");
        Objects.requireNonNull(payBy, "payBy");
        Objects.requireNonNull(presentation, "presentation");
        if (kind != LetterKind.REMINDER_1 && kind != LetterKind.REMINDER_2) {
            throw new IllegalArgumentException("a reminder letter is reminder 1 or 2, got " + kind);
        }
        invoices = List.copyOf(invoices);
        if (invoices.isEmpty()) {
            throw new IllegalArgumentException("a reminder is about at least one open invoice");
        }
        if (payBy.isBefore(date)) {
            throw new IllegalArgumentException("the payment term cannot end before the letter date");
        }
        if (lumpSumIfUnpaid != null && lumpSumIfUnpaid.signum() <= 0) {
            throw new IllegalArgumentException("a lump sum, when given, is positive: " + lumpSumIfUnpaid);
        }
    }

    /** The same reminder presented otherwise: on the agency's letterhead, in black and white, with a pay page. */
    public ReminderLetter withPresentation(Presentation presentation) {
        return new ReminderLetter(kind, language, date, creditor, debtor, invoices, currency, communication, payBy,
                lumpSumIfUnpaid, presentation, dues, bookXixMentions);
    }

    /** The sum of the open amounts of all invoices on the letter. */
    public BigDecimal totalOpen() {
        return invoices.stream().map(OpenInvoice::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the letter asks the debtor to pay: the open amounts plus interest and charges when it has dues. */
    public BigDecimal amountAsked() {
        return dues == null ? totalOpen() : totalOpen().add(dues.interest()).add(dues.charges());
    }

    /**
     * What the debtor owes on the letter's date beyond the open principal, from the dossier's statement.
     *
     * @param received the payments and credits already deducted from the open amounts
     * @param interest the late-payment interest owed
     * @param charges the lump sums or flat compensation owed
     */
    public record Dues(BigDecimal received, BigDecimal interest, BigDecimal charges) {

        public Dues {
            LetterChecks.requireNonNegative(received, "received");
            LetterChecks.requireNonNegative(interest, "interest");
            LetterChecks.requireNonNegative(charges, "charges");
        }
    }

    /**
     * The creditor as the letter presents it.
     *
     * @param name the legal name
     * @param enterpriseNumber the Belgian enterprise number (KBO/BCE), e.g. {@code 0123.456.789}
     * @param vatNumber the VAT number, or {@code null} when the creditor has none
     * @param addressLines street, postcode and city, country
     * @param phone a phone number for questions, or {@code null}
     * @param email an e-mail address for questions, or {@code null}
     * @param iban the account to pay to; spaces are dropped
     * @param bic the bank's BIC, or {@code null} (optional for payments within the EEA)
     * @param logo a classpath location of the letterhead logo (PNG, JPEG or SVG), or {@code null}
     */
    public record Creditor(
            String name,
            String enterpriseNumber,
            String vatNumber,
            List<String> addressLines,
            String phone,
            String email,
            String iban,
            String bic,
            String logo) implements Sender {

        public Creditor {
            requireText(name, "creditor name");
            requireText(enterpriseNumber, "enterprise number");
            addressLines = List.copyOf(addressLines);
            iban = Iban.normalized(iban);
            if (bic != null && !bic.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
                throw new IllegalArgumentException("not a valid BIC: '" + bic + "'");
            }
            LetterChecks.requireLogo(logo);
        }
    }

    /**
     * The addressee as printed in the envelope window.
     *
     * @param name the debtor's name
     * @param addressLines street, postcode and city, and the country when it is not the sender's
     */
    public record Debtor(String name, List<String> addressLines) {

        /** An envelope window holds the name and at most this many address lines. */
        public static final int MAX_ADDRESS_LINES = 4;

        public Debtor {
            requireText(name, "debtor name");
            addressLines = List.copyOf(addressLines);
            if (addressLines.isEmpty() || addressLines.size() > MAX_ADDRESS_LINES) {
                throw new IllegalArgumentException("a debtor address has 1 to " + MAX_ADDRESS_LINES + " lines");
            }
        }
    }

    /**
     * One open invoice on the letter.
     *
     * @param number the invoice number as the debtor knows it
     * @param issued the invoice date
     * @param due the due date
     * @param openAmount what is still to be paid of it
     * @param received what was paid or credited on it, or {@code null} when the letter does not say
     */
    public record OpenInvoice(String number, LocalDate issued, LocalDate due, BigDecimal openAmount,
            BigDecimal received) {

        public OpenInvoice(String number, LocalDate issued, LocalDate due, BigDecimal openAmount) {
            this(number, issued, due, openAmount, null);
        }

        public OpenInvoice {
            requireText(number, "invoice number");
            Objects.requireNonNull(issued, "issued");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(openAmount, "openAmount");
        }
    }

    private static void requireText(String value, String what) {
        LetterChecks.requireText(value, what);
    }
}
