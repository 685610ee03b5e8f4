package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.document.LetterKind;
import be.smartcredit.hub.document.LetterLanguage;
import be.smartcredit.hub.document.ReminderLetter;
import be.smartcredit.hub.dunning.ReminderSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Turns a pending action and its client's connector into the letter to print or mail. */
final class LetterComposer {

    private LetterComposer() {
    }

    static ReminderLetter compose(PendingLetter pending, Connector connector, LocalDate letterDate) {
        ReminderSchedule schedule = new ReminderSchedule(connector.reminders().firstAfterDays(),
                connector.reminders().secondAfterDays());
        var invoice = new ReminderLetter.OpenInvoice(pending.number(), pending.issueDate(), pending.dueDate(),
                pending.openAmount());
        return new ReminderLetter(kindOf(pending.step()), languageOf(pending, connector), letterDate,
                creditor(connector),
                debtor(pending, connector), List.of(invoice), Currency.getInstance(pending.currency()),
                new StructuredCommunication(pending.structuredCommunication()), schedule.payBy(letterDate), null);
    }

    private static LetterKind kindOf(String step) {
        return LetterKind.valueOf(step);
    }

    // Limitation: debtors have no language of their own yet; the connector's letter language is used for
    // every debtor. This is the one place to read the debtor's language once it is stored.
    static LetterLanguage languageOf(PendingLetter pending, Connector connector) {
        return LetterLanguage.valueOf(connector.language().toUpperCase(Locale.ROOT));
    }

    private static ReminderLetter.Creditor creditor(Connector connector) {
        Connector.Address address = connector.address();
        List<String> lines = List.of(address.street(), address.postcode() + " " + address.city());
        return new ReminderLetter.Creditor(connector.name(), connector.enterpriseNumber(), connector.vatId(), lines,
                connector.phone(), connector.email(), connector.iban(), connector.bic(), null);
    }

    private static ReminderLetter.Debtor debtor(PendingLetter pending, Connector connector) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, pending.street());
        addIfPresent(lines, pending.additionalStreet());
        addIfPresent(lines, join(pending.postcode(), pending.city()));
        if (pending.countryCode() != null && !pending.countryCode().equals(connector.address().countryCode())) {
            lines.add(new Locale("", pending.countryCode()).getDisplayCountry(Locale.forLanguageTag("nl"))
                    .toUpperCase(Locale.ROOT));
        }
        if (lines.isEmpty()) {
            lines.add("(adres onbekend)");
        }
        return new ReminderLetter.Debtor(pending.debtorName(), lines.subList(0, Math.min(lines.size(),
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
