package be.smartcredit.hub.casework;

import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The visit report as the XML the layout {@code xslt/casework/visit-report.xsl} lays out. */
final class VisitReportXml {

    static final String LAYOUT = "casework/visit-report.xsl";

    private VisitReportXml() {
    }

    static Document of(long visitId, long dossierId, String mediator, LocalDate visitedOn, VisitReport report) {
        Document xml = newDocument();
        Element root = xml.createElement("visit-report");
        xml.appendChild(root);
        add(root, "visit", Long.toString(visitId));
        add(root, "dossier", Long.toString(dossierId));
        add(root, "mediator", mediator);
        add(root, "date", visitedOn.toString());
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
        add(root, "effect", report.effect().name());
        return xml;
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
