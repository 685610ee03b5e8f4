package be.smartcredit.hub.document;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a letter's data as the XML the layouts read: dates in ISO form and amounts as plain decimals, so that
 * all formatting for a language stays in the layout and its text bundle.
 */
final class LetterXml {

    private static final DocumentBuilderFactory DOCUMENTS = DocumentBuilderFactory.newDefaultInstance();

    static {
        DOCUMENTS.setNamespaceAware(true);
    }

    private final Document document;
    private final Element root;

    private LetterXml(LetterKind kind, LetterLanguage language, LocalDate date, Currency currency) {
        this.document = newDocument();
        this.root = document.createElementNS(null, "letter");
        document.appendChild(root);
        root.setAttribute("kind", kind.name());
        root.setAttribute("language", language.code());
        root.setAttribute("date", date.toString());
        root.setAttribute("currency", currency.getCurrencyCode());
    }

    /** The letter as a DOM document; a payable euro amount becomes an EPC QR code (a PNG data URI) in it. */
    static Document of(Letter letter) {
        LetterXml xml = new LetterXml(letter.kind(), letter.language(), letter.date(), currencyOf(letter));
        xml.frame(letter, letter instanceof LawyerLetter lawyerLetter ? lawyerLetter.lawyer() : null);
        xml.debtor(letter.debtor());
        if (letter instanceof ReminderLetter reminder) {
            xml.reminder(reminder);
        } else if (letter instanceof FormalNotice notice) {
            xml.mandate(notice.mandate());
            xml.demand(notice.debt(), notice.reference(), notice.payBy(), letter);
            xml.root.setAttribute("consumer-debt", String.valueOf(notice.consumerDebt()));
        } else if (letter instanceof LawyerLetter lawyerLetter) {
            xml.lawyer(lawyerLetter.lawyer());
            xml.demand(lawyerLetter.debt(), lawyerLetter.reference(), lawyerLetter.payBy(), letter);
            xml.root.setAttribute("consumer-debt", String.valueOf(lawyerLetter.consumerDebt()));
        } else if (letter instanceof PaymentPlanConfirmation plan) {
            xml.plan(plan);
        } else if (letter instanceof ClosingLetter closing) {
            xml.closing(closing);
        }
        return xml.document;
    }

    /** An invoice: the letterhead and payment as for a letter, the UBL document itself for the layout to read. */
    static Document ofInvoice(InvoiceDocument invoice, UblInvoice ubl) {
        LetterXml xml = new LetterXml(LetterKind.INVOICE, invoice.language(), ubl.issued(), ubl.currency());
        xml.style(invoice.presentation().colours());
        xml.letterhead(invoice.creditor(), "silent");
        xml.creditor(invoice.creditor());
        xml.root.setAttribute("creditNote", Boolean.toString(ubl.creditNote()));
        PaymentReference reference = invoice.reference() != null ? invoice.reference() : ubl.paymentReference();
        boolean payable = !ubl.creditNote() && reference != null;
        Element payment = xml.payment(invoice.creditor(), ubl.currency(), ubl.payable(), reference,
                ubl.due(), payable);
        if (payable) {
            xml.payPage(payment, invoice.presentation().payPage());
        }
        xml.text(xml.root, "terms", invoice.terms());
        xml.child(xml.root, "ubl").appendChild(xml.document.importNode(ubl.element(), true));
        return xml.document;
    }

    private static Currency currencyOf(Letter letter) {
        if (letter instanceof ReminderLetter reminder) {
            return reminder.currency();
        } else if (letter instanceof FormalNotice notice) {
            return notice.debt().currency();
        } else if (letter instanceof LawyerLetter lawyerLetter) {
            return lawyerLetter.debt().currency();
        } else if (letter instanceof PaymentPlanConfirmation plan) {
            return plan.currency();
        }
        return ((ClosingLetter) letter).currency();
    }

    /** The style, the letterhead, the creditor and, in agency mode, the agency. */
    private void frame(Letter letter, Lawyer lawyer) {
        Presentation presentation = letter.presentation();
        style(presentation.colours());
        if (lawyer != null) {
            letterhead(lawyer, "lawyer");
        } else if (presentation.agencyMode()) {
            letterhead(presentation.agency(), "agency");
        } else {
            letterhead(letter.creditor(), "silent");
        }
        creditor(letter.creditor());
        if (presentation.agencyMode()) {
            Element agency = party(root, "agency", presentation.agency());
            text(agency, "registration", presentation.agency().registration());
        }
    }

    private void style(Colours colours) {
        Element style = child(root, "style");
        style.setAttribute("accent", colours.accent());
        style.setAttribute("blackAndWhite", Boolean.toString(colours.blackAndWhite()));
    }

    private void letterhead(Sender sender, String mode) {
        Element letterhead = party(root, "letterhead", sender);
        letterhead.setAttribute("mode", mode);
        if (sender instanceof ReminderLetter.Creditor creditor) {
            text(letterhead, "vatNumber", creditor.vatNumber());
        }
        if (sender instanceof Lawyer lawyer) {
            text(letterhead, "office", lawyer.office());
            text(letterhead, "bar", lawyer.bar());
        }
        text(letterhead, "logo", sender.logo() == null ? null : ClasspathResources.ROOT.resolve(sender.logo()));
    }

    private void creditor(ReminderLetter.Creditor creditor) {
        Element element = party(root, "creditor", creditor);
        text(element, "vatNumber", creditor.vatNumber());
        text(element, "iban", creditor.iban());
        text(element, "bic", creditor.bic());
    }

    private Element party(Element parent, String name, Sender sender) {
        Element element = child(parent, name);
        text(element, "name", sender.name());
        text(element, "enterpriseNumber", sender.enterpriseNumber());
        lines(element, "address", sender.addressLines());
        text(element, "phone", sender.phone());
        text(element, "email", sender.email());
        return element;
    }

    private void debtor(ReminderLetter.Debtor debtor) {
        Element element = child(root, "debtor");
        text(element, "name", debtor.name());
        lines(element, "address", debtor.addressLines());
    }

    private void lawyer(Lawyer lawyer) {
        Element element = party(root, "lawyer", lawyer);
        text(element, "office", lawyer.office());
        text(element, "bar", lawyer.bar());
    }

    private void reminder(ReminderLetter letter) {
        Element invoices = child(root, "invoices");
        for (ReminderLetter.OpenInvoice invoice : letter.invoices()) {
            Element element = child(invoices, "invoice");
            text(element, "number", invoice.number());
            text(element, "issued", invoice.issued());
            text(element, "due", invoice.due());
            text(element, "received", invoice.received());
            text(element, "open", invoice.openAmount());
        }
        text(invoices, "total", letter.totalOpen());
        text(invoices, "earliestDue", letter.invoices().stream().map(ReminderLetter.OpenInvoice::due)
                .min(LocalDate::compareTo).orElseThrow());
        if (letter.dues() != null) {
            Element dues = child(invoices, "dues");
            attributes(dues, "received", letter.dues().received(), "interest", letter.dues().interest(),
                    "charges", letter.dues().charges(), "total", letter.amountAsked());
        }
        if (letter.bookXixMentions()) {
            root.setAttribute("bookXix", "true");
        }
        Element payment = payment(letter.creditor(), letter.currency(), letter.amountAsked(),
                PaymentReference.of(letter.communication()), letter.payBy(), true);
        text(payment, "lumpSumIfUnpaid", letter.lumpSumIfUnpaid());
        payPage(payment, letter.presentation().payPage());
    }

    private void mandate(Mandate mandate) {
        if (mandate != null) {
            Element element = child(root, "mandate");
            element.setAttribute("given", mandate.given().toString());
            element.setAttribute("reference", mandate.reference());
        }
    }

    /** The debt with its full calculation, and the payment that settles it by the end of the term. */
    private void demand(DebtBreakdown debt, PaymentReference reference, LocalDate payBy, Letter letter) {
        Element element = child(root, "debt");
        element.setAttribute("total", debt.total().toPlainString());
        debt.principal().forEach(line -> attributes(child(element, "principal"), "invoice", line.invoice(),
                "issued", line.issued(), "due", line.due(), "description", line.description(),
                "amount", line.amount()));
        debt.interest().forEach(period -> attributes(child(element, "interest"), "invoice", period.invoice(),
                "from", period.from(), "to", period.to(), "days", period.days(), "rate", period.ratePercent(),
                "basis", period.basis(), "amount", period.amount()));
        debt.charges().forEach(charge -> attributes(child(element, "charge"), "kind", charge.kind(),
                "basis", charge.basis(), "rule", charge.rule(), "amount", charge.amount()));
        debt.deductions().forEach(deduction -> attributes(child(element, "deduction"), "kind", deduction.kind(),
                "date", deduction.date(), "reference", deduction.reference(), "amount", deduction.amount()));
        Element payment = payment(letter.creditor(), debt.currency(), debt.total(), reference, payBy, true);
        payPage(payment, letter.presentation().payPage());
    }

    private void plan(PaymentPlanConfirmation plan) {
        Element element = child(root, "plan");
        attributes(element, "agreedOn", plan.agreedOn(), "total", plan.total());
        plan.instalments().forEach(instalment -> attributes(child(element, "instalment"),
                "due", instalment.due(), "amount", instalment.amount()));
        PaymentPlanConfirmation.Instalment first = plan.instalments().get(0);
        Element payment = payment(plan.creditor(), plan.currency(), first.amount(), plan.reference(), first.due(),
                true);
        payPage(payment, plan.presentation().payPage());
    }

    private void closing(ClosingLetter closing) {
        Element element = child(root, "closing");
        attributes(element, "paid", closing.paid(), "paidOn", closing.paidOn());
        closing.invoices().forEach(number -> text(element, "invoice", number));
        payment(closing.creditor(), closing.currency(), null, closing.reference(), null, false);
    }

    /**
     * The payment block: the reference, the amount and the term, and the EPC QR code when the amount is a euro
     * amount the code can carry and a code is wanted.
     *
     * <p>Limitation: the debtor always pays into the creditor's account, also in agency mode and on a lawyer's
     * letter; an agency's or lawyer's third-party account is not supported yet.
     */
    private Element payment(ReminderLetter.Creditor payee, Currency currency, BigDecimal amount,
            PaymentReference reference, LocalDate payBy, boolean withCode) {
        Element payment = child(root, "payment");
        if (reference != null) {
            Element communication = text(payment, "communication", reference.printed());
            communication.setAttribute("digits", reference.electronic());
        }
        text(payment, "amount", amount);
        text(payment, "payBy", payBy);
        if (withCode && reference != null && amount != null) {
            EpcPayload.forTransfer(payee, currency, amount, reference)
                    .ifPresent(epc -> child(payment, "qr").setAttribute("src", QrImages.pngDataUri(epc.text())));
        }
        return payment;
    }

    private void payPage(Element payment, URI payPage) {
        if (payPage != null) {
            Element element = child(payment, "payPage");
            text(element, "url", payPage);
            child(element, "qr").setAttribute("src", QrImages.pngDataUri(payPage.toString()));
        }
    }

    private void lines(Element parent, String name, List<String> lines) {
        Element element = child(parent, name);
        lines.forEach(line -> text(element, "line", line));
    }

    private Element child(Element parent, String name) {
        Element element = document.createElementNS(null, name);
        parent.appendChild(element);
        return element;
    }

    /** Adds {@code <name>value</name>}; a missing value adds no element, so layouts test with plain XPath. */
    private Element text(Element parent, String name, Object value) {
        if (value == null) {
            return null;
        }
        Element element = child(parent, name);
        element.setTextContent(plain(value));
        return element;
    }

    /** Sets name, value pairs as attributes; a missing value sets none. */
    private static void attributes(Element element, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                element.setAttribute((String) namesAndValues[i], plain(namesAndValues[i + 1]));
            }
        }
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
    }

    private static Document newDocument() {
        try {
            // A factory is not guaranteed to be thread-safe; making a builder is cheap next to rendering.
            synchronized (DOCUMENTS) {
                return DOCUMENTS.newDocumentBuilder().newDocument();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM implementation is not available", e);
        }
    }
}
