package be.smartcredit.hub.document;

import be.smartcredit.hub.claim.inbound.HardenedXmlParser;
import be.smartcredit.hub.claim.inbound.UnreadableDocumentException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The facts of a stored UBL invoice or credit note that the hub itself needs to print it (the amount, currency,
 * dates and payment reference for the QR code); the layout reads the rest from the document.
 */
final class UblInvoice {

    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final String INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    /** Stored documents passed intake under a limit of this order; an invoice to print is not larger. */
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final HardenedXmlParser PARSER = new HardenedXmlParser(MAX_BYTES);

    private final String fileName;
    private final Element element;

    private UblInvoice(String fileName, Element element) {
        this.fileName = fileName;
        this.element = element;
    }

    /** Reads the document; throws {@link LetterRenderingException} naming the file, the element and the reason. */
    static UblInvoice read(byte[] ubl, String fileName) {
        Document document;
        try {
            document = PARSER.parse(ubl, fileName);
        } catch (UnreadableDocumentException e) {
            throw new LetterRenderingException("cannot print invoice: " + e.getMessage(), e);
        }
        Element found = find(document.getDocumentElement());
        if (found == null) {
            throw new LetterRenderingException("cannot print invoice '" + fileName + "' at element "
                    + document.getDocumentElement().getLocalName() + ": no UBL Invoice or CreditNote in it");
        }
        UblInvoice invoice = new UblInvoice(fileName, found);
        invoice.issued();
        invoice.currency();
        invoice.payable();
        return invoice;
    }

    Element element() {
        return element;
    }

    boolean creditNote() {
        return CREDIT_NOTE.equals(element.getNamespaceURI());
    }

    LocalDate issued() {
        return date(required(element, CBC, "IssueDate"));
    }

    /** The due date: the invoice's own, or the first payment means' due date; {@code null} when none is given. */
    LocalDate due() {
        Element due = child(element, CBC, "DueDate");
        if (due == null) {
            Element means = child(element, CAC, "PaymentMeans");
            due = means == null ? null : child(means, CBC, "PaymentDueDate");
        }
        return due == null ? null : date(due);
    }

    Currency currency() {
        Element code = required(element, CBC, "DocumentCurrencyCode");
        try {
            return Currency.getInstance(code.getTextContent().strip());
        } catch (IllegalArgumentException e) {
            throw problem("DocumentCurrencyCode", "not an ISO 4217 currency: '" + code.getTextContent() + "'");
        }
    }

    BigDecimal payable() {
        Element totals = required(element, CAC, "LegalMonetaryTotal");
        Element payable = required(totals, CBC, "PayableAmount");
        try {
            return new BigDecimal(payable.getTextContent().strip());
        } catch (NumberFormatException e) {
            throw problem("PayableAmount", "not an amount: '" + payable.getTextContent() + "'");
        }
    }

    /** The first payment means' PaymentID when it is a structured communication or an RF reference. */
    PaymentReference paymentReference() {
        Element means = child(element, CAC, "PaymentMeans");
        Element id = means == null ? null : child(means, CBC, "PaymentID");
        return id == null ? null : PaymentReference.parseOrNull(id.getTextContent());
    }

    private LocalDate date(Element date) {
        try {
            return LocalDate.parse(date.getTextContent().strip());
        } catch (DateTimeParseException e) {
            throw problem(date.getLocalName(), "not a date (YYYY-MM-DD): '" + date.getTextContent() + "'");
        }
    }

    private Element required(Element parent, String namespace, String name) {
        Element found = child(parent, namespace, name);
        if (found == null) {
            throw problem(parent.getLocalName(), "it has no " + name);
        }
        return found;
    }

    private LetterRenderingException problem(String elementName, String reason) {
        return new LetterRenderingException("cannot print invoice '" + fileName + "' at element " + elementName
                + ": " + reason);
    }

    private static Element child(Element parent, String namespace, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && name.equals(e.getLocalName()) && namespace.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    /** The Invoice or CreditNote: the root itself, or the payload of a Peppol envelope. */
    private static Element find(Element element) {
        String namespace = element.getNamespaceURI();
        if (INVOICE.equals(namespace) || CREDIT_NOTE.equals(namespace)) {
            return element;
        }
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            Element found = node instanceof Element child ? find(child) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
