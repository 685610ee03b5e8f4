package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.claim.DocumentType;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Finds the UBL 2.1 Invoice or CreditNote in a parsed document, directly at the root or inside an SBDH. */
final class UblDocumentLocator {

    static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    static final String SBDH_NS = "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader";

    private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;

    private final HardenedXmlParser parser;

    UblDocumentLocator(HardenedXmlParser parser) {
        this.parser = parser;
    }

    UblSource locate(Document parsed, String fileName) {
        Element root = parsed.getDocumentElement();
        DocumentType type = ublType(root);
        if (type != null) {
            return new UblSource(parsed, type, null);
        }
        if (SBDH_NS.equals(root.getNamespaceURI()) && "StandardBusinessDocument".equals(root.getLocalName())) {
            return unwrap(root, fileName);
        }
        throw new UnreadableDocumentException(fileName, "root element " + describe(root),
                "not a UBL 2.1 Invoice or CreditNote, nor an SBDH StandardBusinessDocument");
    }

    private UblSource unwrap(Element envelope, String fileName) {
        Element header = firstChildElement(envelope);
        if (header == null || !"StandardBusinessDocumentHeader".equals(header.getLocalName())) {
            throw new UnreadableDocumentException(fileName, "element sh:StandardBusinessDocument",
                    "the SBDH envelope does not start with sh:StandardBusinessDocumentHeader");
        }
        Element payload = nextSiblingElement(header);
        DocumentType type = payload == null ? null : ublType(payload);
        if (type == null) {
            String found = payload == null ? "nothing" : describe(payload);
            throw new UnreadableDocumentException(fileName, "element sh:StandardBusinessDocument",
                    "the SBDH envelope holds " + found + " instead of a UBL 2.1 Invoice or CreditNote");
        }
        return new UblSource(asOwnDocument(payload), type, receiverId(header));
    }

    // The rules and the mapping look at the document root, so the payload becomes a document of its own.
    private Document asOwnDocument(Element payload) {
        Document own = parser.newDocument();
        Element copy = (Element) own.importNode(payload, true);
        own.appendChild(copy);
        copyInheritedNamespaces(payload, copy);
        return own;
    }

    // Prefixes declared on the envelope may be used in the payload's content, so they travel with it.
    private static void copyInheritedNamespaces(Element payload, Element copy) {
        for (Node n = payload.getParentNode(); n instanceof Element ancestor; n = n.getParentNode()) {
            NamedNodeMap attributes = ancestor.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (isPrefixDeclaration(attribute) && !copy.hasAttributeNS(XMLNS, attribute.getLocalName())) {
                    copy.setAttributeNS(XMLNS, attribute.getName(), attribute.getValue());
                }
            }
        }
    }

    // The envelope's default namespace is the SBDH one and must not leak into the payload.
    private static boolean isPrefixDeclaration(Attr attribute) {
        return XMLNS.equals(attribute.getNamespaceURI()) && XMLConstants.XMLNS_ATTRIBUTE.equals(attribute.getPrefix());
    }

    private static String receiverId(Element header) {
        for (Element child = firstChildElement(header); child != null; child = nextSiblingElement(child)) {
            if ("Receiver".equals(child.getLocalName())) {
                Element identifier = firstChildElement(child);
                boolean found = identifier != null && "Identifier".equals(identifier.getLocalName());
                return found ? identifier.getTextContent().trim() : null;
            }
        }
        return null;
    }

    private static DocumentType ublType(Element element) {
        if (INVOICE_NS.equals(element.getNamespaceURI()) && "Invoice".equals(element.getLocalName())) {
            return DocumentType.INVOICE;
        }
        if (CREDIT_NOTE_NS.equals(element.getNamespaceURI()) && "CreditNote".equals(element.getLocalName())) {
            return DocumentType.CREDIT_NOTE;
        }
        return null;
    }

    private static String describe(Element element) {
        String namespace = element.getNamespaceURI();
        String local = element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
        return namespace == null ? "'" + local + "' (no namespace)" : "'{" + namespace + "}" + local + "'";
    }

    private static Element firstChildElement(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null && !(child instanceof Element)) {
            child = child.getNextSibling();
        }
        return (Element) child;
    }

    private static Element nextSiblingElement(Node node) {
        Node sibling = node.getNextSibling();
        while (sibling != null && !(sibling instanceof Element)) {
            sibling = sibling.getNextSibling();
        }
        return (Element) sibling;
    }
}
