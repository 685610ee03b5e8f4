package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.document.LetterKind;
import be.smartcredit.hub.document.LetterLanguage;
import be.smartcredit.hub.document.ReminderLetter;
import be.smartcredit.hub.dunning.StepKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Turns a pending action and its client's connector into the letter to print or mail. */
final class LetterComposer {

    private LetterComposer() {
    }

    /** Days to pay when an action from before dossiers carries no term. */
    private static final int FALLBACK_TERM_DAYS = 14;

    static ReminderLetter compose(PendingLetter pending, Connector connector, LocalDate letterDate) {
        List<ReminderLetter.OpenInvoice> invoices = pending.claims().stream()
                .map(c -> new ReminderLetter.OpenInvoice(c.number(), c.issueDate(), c.dueDate(), c.open())).toList();
        LocalDate payBy = pending.contents().termEndsOn();
        if (payBy == null || payBy.isBefore(letterDate)) {
            payBy = letterDate.plusDays(FALLBACK_TERM_DAYS);
        }
        return new ReminderLetter(kindOf(pending.step()), languageOf(pending, connector), letterDate,
                creditor(connector),
                debtor(pending, connector), invoices, Currency.getInstance(pending.currency()),
                new StructuredCommunication(pending.structuredCommunication()), payBy, null);
    }

    /**
     * The layout of a step's letter.
     * Limitation: formal notice and lawyer's letter have no layout of their own yet; they are rendered with
     * the second reminder's.
     */
    private static LetterKind kindOf(String step) {
        return StepKind.valueOf(step) == StepKind.REMINDER_1 ? LetterKind.REMINDER_1 : LetterKind.REMINDER_2;
    }

    /** The debtor's language as stored with it (from the document, the export or the connector's default). */
    static LetterLanguage languageOf(PendingLetter pending, Connector connector) {
        String language = pending.debtor().language();
        return LetterLanguage.valueOf((language == null ? connector.language() : language).toUpperCase(Locale.ROOT));
    }

    private static ReminderLetter.Creditor creditor(Connector connector) {
        Connector.Address address = connector.address();
        List<String> lines = List.of(address.street(), address.postcode() + " " + address.city());
        return new ReminderLetter.Creditor(connector.name(), connector.enterpriseNumber(), connector.vatId(), lines,
                connector.phone(), connector.email(), connector.iban(), connector.bic(), null);
    }

    private static ReminderLetter.Debtor debtor(PendingLetter pending, Connector connector) {
        List<String> lines = new ArrayList<>();
        var debtor = pending.debtor();
        addIfPresent(lines, debtor.street());
        addIfPresent(lines, debtor.additionalStreet());
        addIfPresent(lines, join(debtor.postcode(), debtor.city()));
        if (debtor.countryCode() != null && !debtor.countryCode().equals(connector.address().countryCode())) {
            lines.add(new Locale("", debtor.countryCode()).getDisplayCountry(Locale.forLanguageTag("nl"))
                    .toUpperCase(Locale.ROOT));
        }
        if (lines.isEmpty()) {
            lines.add("(adres onbekend)");
        }
        return new ReminderLetter.Debtor(debtor.name(), lines.subList(0, Math.min(lines.size(),
                ReminderLetter.Debtor.MAX_ADDRESS_LINES)));
    }

    private static String join(String postcode, String city) {
        String joined = ((postcode == null ? "" : postcode) + " " + (city == null ? "" : city)).trim();
        return joined.isEmpty() ? null : joined;
    }

    private static void addIfPresent(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.trim());
        }
    }
}
