package be.smartcredit.hub.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

    private LetterXml(Document document) {
        this.document = document;
    }

    /** The letter as a DOM document; the EPC payload, when there is one, becomes an SVG QR code inside it. */
    static Document of(ReminderLetter letter, Optional<EpcPayload> epc) {
        LetterXml xml = new LetterXml(newDocument());
        Element root = xml.document.createElementNS(null, "letter");
        xml.document.appendChild(root);
        root.setAttribute("kind", letter.kind().name());
        root.setAttribute("language", letter.language().code());
        root.setAttribute("date", letter.date().toString());
        root.setAttribute("currency", letter.currency().getCurrencyCode());
        xml.creditor(root, letter.creditor());
        xml.debtor(root, letter.debtor());
        xml.invoices(root, letter);
        xml.payment(root, letter, epc);
        return xml.document;
    }

    private void creditor(Element parent, ReminderLetter.Creditor creditor) {
        Element element = child(parent, "creditor");
        text(element, "name", creditor.name());
        text(element, "enterpriseNumber", creditor.enterpriseNumber());
        text(element, "vatNumber", creditor.vatNumber());
        lines(element, "address", creditor.addressLines());
        text(element, "phone", creditor.phone());
        text(element, "email", creditor.email());
        text(element, "iban", creditor.iban());
        text(element, "bic", creditor.bic());
        text(element, "logo", creditor.logo() == null ? null : ClasspathResources.ROOT.resolve(creditor.logo()));
    }

    private void debtor(Element parent, ReminderLetter.Debtor debtor) {
        Element element = child(parent, "debtor");
        text(element, "name", debtor.name());
        lines(element, "address", debtor.addressLines());
    }

    private void invoices(Element parent, ReminderLetter letter) {
        Element invoices = child(parent, "invoices");
        for (ReminderLetter.OpenInvoice invoice : letter.invoices()) {
            Element element = child(invoices, "invoice");
            text(element, "number", invoice.number());
            text(element, "issued", invoice.issued());
            text(element, "due", invoice.due());
            text(element, "open", invoice.openAmount());
        }
        text(invoices, "total", letter.totalOpen());
        text(invoices, "earliestDue", letter.invoices().stream().map(ReminderLetter.OpenInvoice::due)
                .min(LocalDate::compareTo).orElseThrow());
    }

    private void payment(Element parent, ReminderLetter letter, Optional<EpcPayload> epc) {
        Element payment = child(parent, "payment");
        Element communication = text(payment, "communication", letter.communication().formatted());
        communication.setAttribute("digits", letter.communication().digits());
        text(payment, "payBy", letter.payBy());
        text(payment, "lumpSumIfUnpaid", letter.lumpSumIfUnpaid());
        epc.ifPresent(payload -> child(payment, "qr").appendChild(QrImages.svg(document, payload.text())));
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
        element.setTextContent(value instanceof BigDecimal amount ? amount.toPlainString() : value.toString());
        return element;
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
