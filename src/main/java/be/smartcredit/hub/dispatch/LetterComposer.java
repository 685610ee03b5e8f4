package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.document.Agency;
import be.smartcredit.hub.document.FormalNotice;
import be.smartcredit.hub.document.Lawyer;
import be.smartcredit.hub.document.LawyerLetter;
import be.smartcredit.hub.document.Letter;
import be.smartcredit.hub.document.LetterKind;
import be.smartcredit.hub.document.LetterLanguage;
import be.smartcredit.hub.document.LetterLanguages;
import be.smartcredit.hub.document.Mandate;
import be.smartcredit.hub.document.PayLinks;
import be.smartcredit.hub.document.PaymentReference;
import be.smartcredit.hub.document.Presentation;
import be.smartcredit.hub.document.ReminderLetter;
import be.smartcredit.hub.dunning.DebtorKind;
import be.smartcredit.hub.dunning.StatementCalculator.ClaimStatement;
import be.smartcredit.hub.dunning.StatementCalculator.Statement;
import be.smartcredit.hub.dunning.StepKind;
import be.smartcredit.hub.dunning.law.ConsumerDamages;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns a pending action, its client's connector and the dossier's statement on the letter's date into the
 * letter to print or mail: reminders with the amounts owed that day, a formal notice or a lawyer's letter with
 * the full calculation, each in the debtor's language.
 */
@Component
class LetterComposer {

    /** Days to pay when an action from before dossiers carries no term. */
    private static final int FALLBACK_TERM_DAYS = 14;

    private final ChannelSettings settings;
    private final LawyerSettings lawyer;
    private final PayLinks payLinks;

    LetterComposer(ChannelSettings settings, LawyerSettings lawyer, PayLinks payLinks) {
        this.settings = settings;
        this.lawyer = lawyer;
        this.payLinks = payLinks;
    }

    /**
     * The letter of the step as printed, and the reminder data the e-mail and text messages quote.
     *
     * @param statement what the claims on the letter owe on {@code letterDate}
     * @param mandateGiven when the client handed the dossier over, for an agency's formal notice
     */
    /** A letter that cannot be made from the settings, however often it is tried again. */
    static class CannotCompose extends IllegalStateException {
        CannotCompose(String reason) {
            super(reason);
        }
    }

    Composed compose(PendingLetter pending, Connector connector, Statement statement, LocalDate letterDate,
            LocalDate mandateGiven) {
        StepKind step = pending.contents().step();
        ReminderLetter reminder = reminder(pending, connector, statement, letterDate);
        return switch (step) {
            case FORMAL_NOTICE -> new Composed(reminder, formalNotice(reminder, connector, statement, mandateGiven,
                    pending));
            case LAWYER_LETTER -> new Composed(reminder, lawyerLetter(reminder, statement, pending));
            default -> new Composed(reminder, reminder);
        };
    }

    /** A composed letter: the printed document and the reminder data the messages quote. */
    record Composed(ReminderLetter reminder, Letter document) {
    }

    private ReminderLetter reminder(PendingLetter pending, Connector connector, Statement statement,
            LocalDate letterDate) {
        Map<Long, ClaimStatement> owed = statement.claims().stream()
                .collect(Collectors.toMap(ClaimStatement::claimId, Function.identity()));
        List<ReminderLetter.OpenInvoice> invoices = pending.claims().stream()
                .map(c -> new ReminderLetter.OpenInvoice(c.number(), c.issueDate(), c.dueDate(), c.open(),
                        owed.containsKey(c.claimId()) ? received(owed.get(c.claimId())) : c.received()))
                .toList();
        LocalDate payBy = pending.contents().termEndsOn();
        if (payBy == null || payBy.isBefore(letterDate)) {
            payBy = letterDate.plusDays(FALLBACK_TERM_DAYS);
        }
        boolean consumerFirst = pending.contents().step() == StepKind.REMINDER_1
                && pending.debtor().kind() == DebtorKind.CONSUMER;
        return new ReminderLetter(kindOf(pending.contents().step()), languageOf(pending, connector), letterDate,
                creditor(connector), debtor(pending, connector), invoices, Currency.getInstance(pending.currency()),
                new StructuredCommunication(pending.structuredCommunication()), payBy,
                consumerFirst ? lumpSumIfUnpaid(pending) : null, presentation(pending, letterDate),
                new ReminderLetter.Dues(statement.paid().add(statement.credited()), statement.interest(),
                        statement.fees()), consumerFirst);
    }

    /**
     * Every letter carries the dossier's pay-page link, valid from the letter's date.
     * Limitation: a public address so long that the link passes the printable length leaves the letter without it.
     */
    private Presentation presentation(PendingLetter pending, LocalDate letterDate) {
        URI page = payLinks.page(pending.contents().dossierId(), letterDate);
        boolean printable = page.toString().length() <= Presentation.MAX_PAY_PAGE_LENGTH;
        return printable ? Presentation.silentMode().withPayPage(page) : Presentation.silentMode();
    }

    private static BigDecimal received(ClaimStatement claim) {
        return claim.paid().add(claim.credited());
    }

    /**
     * The most the law lets the creditor claim per claim once the free reminder's term ends unpaid.
     * Limitation: the letter announces the legal maximum, also when the client's procedure charges less or none.
     */
    private static BigDecimal lumpSumIfUnpaid(PendingLetter pending) {
        BigDecimal sum = pending.claims().stream().map(c -> ConsumerDamages.maximumFor(c.open()).amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.signum() > 0 ? sum : null;
    }

    private FormalNotice formalNotice(ReminderLetter reminder, Connector connector, Statement statement,
            LocalDate mandateGiven, PendingLetter pending) {
        boolean agencyMode = connector.mode() == Connector.Mode.AGENCY;
        Presentation presentation = agencyMode ? reminder.presentation().withAgency(agency())
                : reminder.presentation();
        // Limitation: the mandate is dated the day the hub opened the dossier; connectors do not record it.
        Mandate mandate = agencyMode ? new Mandate(mandateGiven, connector.id() + "/" + pending.contents()
                .dossierId()) : null;
        return new FormalNotice(reminder.language(), reminder.date(), reminder.creditor(), reminder.debtor(),
                presentation, mandate, DebtBreakdowns.of(statement, reminder.currency()),
                PaymentReference.of(reminder.communication()), noticeTerm(reminder), consumerDebt(statement));
    }

    private LawyerLetter lawyerLetter(ReminderLetter reminder, Statement statement, PendingLetter pending) {
        if (!lawyer.configured()) {
            throw new CannotCompose("a lawyer's letter needs the lawyer (smartcredit.lawyer.name, bar, "
                    + "enterprise-number, address, phone); none is set");
        }
        Lawyer signing;
        try {
            signing = new Lawyer(lawyer.name(), lawyer.office(), lawyer.bar(), lawyer.enterpriseNumber(),
                    lawyer.address(), lawyer.phone(), lawyer.email(), null);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CannotCompose("the lawyer's letterhead is incomplete: " + e.getMessage());
        }
        return new LawyerLetter(reminder.language(), reminder.date(), reminder.creditor(), reminder.debtor(),
                reminder.presentation(), signing, DebtBreakdowns.of(statement, reminder.currency()),
                PaymentReference.of(reminder.communication()), noticeTerm(reminder), consumerDebt(statement));
    }

    /** The procedure's term, but never less than the 15 days the law gives from the letter's date. */
    private static LocalDate noticeTerm(ReminderLetter reminder) {
        LocalDate floor = reminder.date().plusDays(FormalNotice.MIN_TERM_DAYS);
        return reminder.payBy().isBefore(floor) ? floor : reminder.payBy();
    }

    private Agency agency() {
        ChannelSettings.Agency agency = settings.agency();
        return new Agency(agency.name(), agency.enterpriseNumber(), agency.address(), agency.phone(), agency.email(),
                null, null);
    }

    /** Whether the Law of 20 December 2002 on consumer debts applies: the statement was made for a consumer. */
    private static boolean consumerDebt(Statement statement) {
        return statement.debtor() == DebtorKind.CONSUMER;
    }

    /** The reminder layout's kind: the first reminder's texts, or the second's for every later letter. */
    private static LetterKind kindOf(StepKind step) {
        return step == StepKind.REMINDER_1 ? LetterKind.REMINDER_1 : LetterKind.REMINDER_2;
    }

    /**
     * The debtor's stored language, else the language of a Belgian postcode's region, else the client's default
     * for its debtors.
     */
    static LetterLanguage languageOf(PendingLetter pending, Connector connector) {
        var debtor = pending.debtor();
        return LetterLanguages.forDebtor(debtor.language(), debtor.countryCode(), debtor.postcode(),
                debtorDefault(connector));
    }

    /** The client's default language for its debtors ({@code debtors.default-language}, else its own). */
    private static LetterLanguage debtorDefault(Connector connector) {
        return LetterLanguage.parse(connector.debtors().defaultLanguage());
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
