package be.smartcredit.hub.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The visit report as the XML the layout {@code xslt/casework/visit-report.xsl} lays out. */
final class VisitReportXml {

    static final String LAYOUT = "casework/visit-report.xsl";
    static final String RECEIPT_LAYOUT = "casework/cash-receipt.xsl";

    private VisitReportXml() {
    }

    /** The visit as the report's layout reads it, in the debtor's language. */
    static Document of(Visit visit, LocalDate visitedOn, VisitReport report, VisitReport.Effect effect) {
        Element root = root("visit-report", visit, visitedOn);
        Document xml = root.getOwnerDocument();
        add(root, "outcome", report.outcome().name());
        if (report.newAddress() != null) {
            VisitReport.Address a = report.newAddress();
            add(root, "new-address", a.street() + ", " + a.postcode() + " " + a.city());
        }
        if (report.hasAgreement()) {
            Element agreement = add(root, "agreement", null);
            report.agreement().forEach(i -> add(agreement, "instalment", i.dueOn() + ": EUR "
                    + i.amount().toPlainString()));
        }
        if (report.cashReceived() != null) {
            add(root, "cash", "EUR " + report.cashReceived().toPlainString());
        }
        solvency(root, report.solvency());
        add(root, "note", report.note());
        add(root, "effect", effect.name());
        return xml;
    }

    /** The debtor's receipt for the cash the mediator took, in the debtor's language. */
    static Document receipt(Visit visit, LocalDate receivedOn, BigDecimal cash, String reference) {
        Element root = root("cash-receipt", visit, receivedOn);
        add(root, "debtor", visit.debtorName());
        add(root, "amount", "EUR " + cash.toPlainString());
        add(root, "reference", reference);
        return root.getOwnerDocument();
    }

    private static Element root(String name, Visit visit, LocalDate day) {
        Document xml = newDocument();
        Element root = xml.createElement(name);
        root.setAttribute("language", visit.language());
        xml.appendChild(root);
        add(root, "visit", Long.toString(visit.id()));
        add(root, "dossier", Long.toString(visit.dossierId()));
        add(root, "mediator", visit.mediator());
        add(root, "date", day.toString());
        return root;
    }

    /** The visit a report is about: who went, to whom, in which language the papers are. */
    record Visit(long id, long dossierId, long taskId, String mediator, String debtorName, String language,
            Long revisitOf) {

        boolean isSecond() {
            return revisitOf != null;
        }
    }

    private static void solvency(Element root, VisitReport.Solvency solvency) {
        if (solvency == null) {
            return;
        }
        Element element = add(root, "solvency", null);
        add(element, "employment", solvency.employment());
        add(element, "income", solvency.income());
        add(element, "assets", solvency.assets());
        add(element, "other-creditors", solvency.otherCreditors());
        add(element, "assessment", solvency.assessment());
        add(element, "recommendation", solvency.recommendation().name());
    }

    private static Element add(Element parent, String name, String text) {
        Element element = parent.getOwnerDocument().createElement(name);
        if (text != null) {
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML document builder", e);
        }
    }
}
