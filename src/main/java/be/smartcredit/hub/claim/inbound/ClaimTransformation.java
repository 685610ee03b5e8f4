package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.claim.ClaimDocument;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Map;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/** Maps a UBL document to the canonical claim with the XSLT 3 stylesheet {@code xslt/ubl-to-claim.xsl}. */
final class ClaimTransformation {

    static final String STYLESHEET = "xslt/ubl-to-claim.xsl";

    private static final QName RECEIVER_PARAMETER = new QName("envelope-receiver-id");
    private static final String MAPPING_ERRORS = "urn:smartcredit:hub:claim:mapping";

    private final Processor processor = new Processor(false);
    private final XsltExecutable stylesheet;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    ClaimTransformation() {
        this.stylesheet = compile();
    }

    ClaimDocument map(UblSource ubl, String fileName) {
        String claimJson = transform(ubl, fileName);
        try {
            return json.readValue(claimJson, ClaimDocument.class);
        } catch (JsonProcessingException notAClaim) {
            // The stylesheet checks dates and amounts, so reaching this is a mapping fault, not a bad document.
            throw new IllegalStateException(STYLESHEET + " produced JSON that is not a claim", notAClaim);
        }
    }

    private String transform(UblSource ubl, String fileName) {
        try {
            // An executable is thread-safe; a transformer is cheap and used for one document only.
            Xslt30Transformer transformer = stylesheet.load30();
            // Failures come back as the exception below; Saxon's default reporter would also print them to stderr.
            transformer.setErrorReporter(error -> { });
            transformer.setStylesheetParameters(Map.of(RECEIVER_PARAMETER, receiver(ubl.envelopeReceiverId())));
            XdmNode document = processor.newDocumentBuilder().build(new DOMSource(ubl.document()));

            StringWriter out = new StringWriter();
            transformer.applyTemplates(document, transformer.newSerializer(out));
            return out.toString();
        } catch (SaxonApiException failed) {
            throw unreadable(fileName, failed);
        }
    }

    private static UnreadableDocumentException unreadable(String fileName, SaxonApiException failed) {
        QName code = failed.getErrorCode();
        if (code == null || !MAPPING_ERRORS.equals(code.getNamespaceURI())) {
            throw new IllegalStateException(STYLESHEET + " failed on '" + fileName + "'", failed);
        }
        // The stylesheet starts its message with the element's name: "cbc:IssueDate: '2017-13-45' is not a date".
        String message = String.valueOf(failed.getMessage());
        int colon = message.indexOf(": ");
        if (colon < 0) {
            return new UnreadableDocumentException(fileName, "the whole document", message, failed);
        }
        return new UnreadableDocumentException(fileName, "element " + message.substring(0, colon),
                message.substring(colon + 2), failed);
    }

    private static XdmValue receiver(String receiverId) {
        return receiverId == null ? XdmEmptySequence.getInstance() : new XdmAtomicValue(receiverId);
    }

    private XsltExecutable compile() {
        try (InputStream source = ClaimTransformation.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
            if (source == null) {
                throw new IllegalStateException(STYLESHEET + " is not on the classpath");
            }
            return processor.newXsltCompiler().compile(new StreamSource(source, "classpath:" + STYLESHEET));
        } catch (IOException | SaxonApiException broken) {
            throw new IllegalStateException("cannot compile " + STYLESHEET, broken);
        }
    }
}
