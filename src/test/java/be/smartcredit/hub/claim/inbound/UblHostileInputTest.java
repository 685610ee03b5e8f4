package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.Samples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Inbound documents are hostile until parsed: what the reader refuses, and what it accepts on purpose. */
class UblHostileInputTest {

    private static final String BASE_EXAMPLE = "peppol-bis-invoice-3_base-example.xml";
    private static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String CBC_NS = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    @Test
    void refusesADoctype() {
        byte[] content = utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ELEMENT Invoice ANY>]>\n"
                + "<Invoice xmlns=\"" + INVOICE_NS + "\"/>");

        UnreadableDocumentException refused = readExpectingRefusal(content, "doctype.xml");

        assertThat(refused.reason()).isEqualTo("DOCTYPE is not allowed");
        assertThat(refused.getMessage()).contains("doctype.xml", "line 2");
    }

    @Test
    void refusesAnExternalEntityWithoutResolvingIt() {
        byte[] content = utf8("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE Invoice [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Invoice xmlns=\"" + INVOICE_NS + "\">&secret;</Invoice>");

        UnreadableDocumentException refused = readExpectingRefusal(content, "xxe.xml");

        assertThat(refused.reason()).isEqualTo("DOCTYPE is not allowed");
        assertThat(refused.getMessage()).doesNotContain("root:");
    }

    @Test
    void refusesTheBillionLaughs() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            entities.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        byte[] content = utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [" + entities + "]>\n"
                + "<Invoice xmlns=\"" + INVOICE_NS + "\">&lol9;</Invoice>");

        UnreadableDocumentException refused = readExpectingRefusal(content, "laughs.xml");

        assertThat(refused.reason()).isEqualTo("DOCTYPE is not allowed");
    }

    @Test
    void leavesAnXIncludeUnresolved() {
        byte[] content = editBaseExample("<cbc:Note>Payment within 10 days, 2% discount</cbc:Note>",
                "<cbc:Note><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\""
                        + " parse=\"text\"/></cbc:Note>");

        InboundClaim claim = Readers.shared().read(content, "xinclude.xml");

        assertThat(claim.document().paymentTermsNote()).isNull();
        assertThat(claim.document().toString()).doesNotContain("root:");
    }

    @Test
    void refusesXmlThatIsNotWellFormedNamingTheLine() {
        byte[] content = utf8("<?xml version=\"1.0\"?>\n<Invoice xmlns=\"" + INVOICE_NS + "\"\n"
                + "    xmlns:cbc=\"" + CBC_NS + "\">\n  <cbc:ID>1</cbc:ID>\n"
                + "  <cbc:IssueDate>2024-01-01</cbc:Issue>\n</Invoice>\n");

        UnreadableDocumentException refused = readExpectingRefusal(content, "broken.xml");

        assertThat(refused.location()).startsWith("line 5, column");
        assertThat(refused.reason()).startsWith("not well-formed XML");
        assertThat(refused.getMessage()).contains("broken.xml");
    }

    @Test
    void refusesAnEmptyFile() {
        UnreadableDocumentException refused = readExpectingRefusal(new byte[0], "empty.xml");

        assertThat(refused.location()).startsWith("line 1");
        assertThat(refused.reason()).startsWith("not well-formed XML");
    }

    @Test
    void refusesADocumentOverTheSizeLimit() {
        InboundDocumentReader smallLimit = new InboundDocumentReader(4_096);
        byte[] content = Samples.ubl(BASE_EXAMPLE);

        assertThatThrownBy(() -> smallLimit.read(content, "big.xml"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("big.xml")
                .hasMessageContaining("more than the limit of 4096");
    }

    @Test
    void acceptsAUtf8ByteOrderMark() {
        byte[] withoutBom = Samples.ubl(BASE_EXAMPLE);
        byte[] content = new byte[withoutBom.length + 3];
        content[0] = (byte) 0xEF;
        content[1] = (byte) 0xBB;
        content[2] = (byte) 0xBF;
        System.arraycopy(withoutBom, 0, content, 3, withoutBom.length);

        InboundClaim claim = Readers.shared().read(content, "bom.xml");

        assertThat(claim.document().number()).isEqualTo("Snippet1");
        assertThat(claim.hasRuleErrors()).isFalse();
    }

    @Test
    void acceptsAPrefixedRootElement() {
        String text = new String(Samples.ubl(BASE_EXAMPLE), StandardCharsets.UTF_8)
                .replace("<Invoice ", "<inv:Invoice ")
                .replace("xmlns=\"" + INVOICE_NS + "\"", "xmlns:inv=\"" + INVOICE_NS + "\"")
                .replace("</Invoice>", "</inv:Invoice>");

        InboundClaim claim = Readers.shared().read(utf8(text), "prefixed.xml");

        assertThat(claim.document().number()).isEqualTo("Snippet1");
        assertThat(claim.peppol()).isTrue();
        assertThat(claim.hasRuleErrors()).isFalse();
    }

    @Test
    void refusesARootThatIsNotAnInvoiceOrCreditNote() {
        byte[] order = utf8("<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>");
        byte[] unqualified = utf8("<Invoice><ID>1</ID></Invoice>");

        UnreadableDocumentException refusedOrder = readExpectingRefusal(order, "order.xml");
        UnreadableDocumentException refusedUnqualified = readExpectingRefusal(unqualified, "plain.xml");

        assertThat(refusedOrder.location()).contains("Order-2}Order");
        assertThat(refusedOrder.reason()).contains("not a UBL 2.1 Invoice or CreditNote");
        assertThat(refusedUnqualified.location()).contains("'Invoice' (no namespace)");
    }

    @Test
    void readsTheBaseExampleInsideAnSbdhEnvelopeAndKeepsTheReceiver() {
        byte[] content = utf8(sbdh(new String(Samples.ubl(BASE_EXAMPLE), StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml[^>]*\\?>", "")));

        InboundClaim claim = Readers.shared().read(content, "sbdh.xml");

        assertThat(claim.document().envelopeReceiverId()).isEqualTo("0208:0123456749");
        assertThat(claim.document().number()).isEqualTo("Snippet1");
        assertThat(claim.peppol()).isTrue();
        assertThat(claim.hasRuleErrors()).isFalse();
    }

    @Test
    void refusesAnSbdhEnvelopeWithoutAnInvoice() {
        byte[] content = utf8(sbdh("<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>"));

        UnreadableDocumentException refused = readExpectingRefusal(content, "sbdh-order.xml");

        assertThat(refused.reason()).contains("SBDH envelope holds", "Order");
    }

    private static UnreadableDocumentException readExpectingRefusal(byte[] content, String fileName) {
        Throwable thrown = catchThrowable(() -> Readers.shared().read(content, fileName));

        assertThat(thrown).isInstanceOf(UnreadableDocumentException.class);
        return (UnreadableDocumentException) thrown;
    }

    private static String sbdh(String payload) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <sh:StandardBusinessDocument
                    xmlns:sh="http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader">
                  <sh:StandardBusinessDocumentHeader>
                    <sh:HeaderVersion>1.0</sh:HeaderVersion>
                    <sh:Sender>
                      <sh:Identifier Authority="iso6523-actorid-upis">0088:9482348239847239874</sh:Identifier>
                    </sh:Sender>
                    <sh:Receiver>
                      <sh:Identifier Authority="iso6523-actorid-upis">0208:0123456749</sh:Identifier>
                    </sh:Receiver>
                  </sh:StandardBusinessDocumentHeader>
                """ + payload + "\n</sh:StandardBusinessDocument>\n";
    }

    private static byte[] editBaseExample(String find, String replacement) {
        String text = new String(Samples.ubl(BASE_EXAMPLE), StandardCharsets.UTF_8);
        return utf8(text.replace(find, replacement));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
