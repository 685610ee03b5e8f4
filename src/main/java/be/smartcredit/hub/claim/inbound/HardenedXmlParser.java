package be.smartcredit.hub.claim.inbound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Parses untrusted XML into a namespace-aware DOM with no DOCTYPE, no entities, no XInclude and a size limit. */
public final class HardenedXmlParser {

    static final String DOCTYPE_NOT_ALLOWED = "DOCTYPE is not allowed";

    // The JDK parser names the feature in its message in every language it speaks, so this identifies the case.
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private static final ErrorHandler FAIL_ON_ERRORS = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // Warnings do not make a document unreadable.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private final long maxBytes;
    private final DocumentBuilderFactory factory;

    /** A parser refusing documents larger than {@code maxBytes}. */
    public HardenedXmlParser(long maxBytes) {
        this.maxBytes = maxBytes;
        this.factory = hardenedFactory();
    }

    /** The document, or an {@link UnreadableDocumentException} naming the file, the place and the reason. */
    public Document parse(byte[] content, String fileName) {
        if (content.length > maxBytes) {
            throw new UnreadableDocumentException(fileName, "the whole document",
                    "it has " + content.length + " bytes, more than the limit of " + maxBytes);
        }

        try {
            return newBuilder().parse(new InputSource(new ByteArrayInputStream(content)));
        } catch (SAXParseException notWellFormed) {
            throw unreadable(fileName, notWellFormed);
        } catch (SAXException | IOException failed) {
            throw new UnreadableDocumentException(fileName, "the whole document",
                    "not well-formed XML: " + failed.getMessage(), failed);
        }
    }

    Document newDocument() {
        return newBuilder().newDocument();
    }

    private DocumentBuilder newBuilder() {
        try {
            DocumentBuilder builder;
            // A factory is not guaranteed to be thread-safe; the builders it makes are used by one thread each.
            synchronized (factory) {
                builder = factory.newDocumentBuilder();
            }
            builder.setErrorHandler(FAIL_ON_ERRORS);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed: " + systemId);
            });
            return builder;
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException("the JDK XML parser cannot be configured", impossible);
        }
    }

    private static UnreadableDocumentException unreadable(String fileName, SAXParseException e) {
        String location = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
        String message = String.valueOf(e.getMessage());
        String reason = message.contains(DISALLOW_DOCTYPE) ? DOCTYPE_NOT_ALLOWED : "not well-formed XML: " + message;
        return new UnreadableDocumentException(fileName, location, reason, e);
    }

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException unsupported) {
            throw new IllegalStateException("the XML parser cannot be hardened", unsupported);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
