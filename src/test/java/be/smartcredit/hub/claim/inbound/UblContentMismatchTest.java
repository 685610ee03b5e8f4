package be.smartcredit.hub.claim.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.smartcredit.hub.Samples;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Documents that parse but say something inconsistent: the wrong root, an unknown currency, a line that lies. */
class UblContentMismatchTest {

    private static final String BASE = "peppol-bis-invoice-3_base-example.xml";

    @Test
    void refusesACreditNoteRootWhereTheInvoiceNamespaceExpectsAnInvoice() {
        byte[] mixed = base().replaceFirst("<Invoice ", "<CreditNote ").replace("</Invoice>", "</CreditNote>")
                .getBytes(StandardCharsets.UTF_8);

        Throwable thrown = catchThrowable(() -> Readers.shared().read(mixed, "mixed.xml"));

        assertThat(thrown).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("mixed.xml")
                .hasMessageContaining("{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}CreditNote")
                .hasMessageContaining("not a UBL 2.1 Invoice or CreditNote");
    }

    @Test
    void refusesAnUnknownCurrencyNamingTheElement() {
        byte[] unknown = base().replace("<cbc:DocumentCurrencyCode>EUR<", "<cbc:DocumentCurrencyCode>XYZ<")
                .getBytes(StandardCharsets.UTF_8);

        Throwable thrown = catchThrowable(() -> Readers.shared().read(unknown, "xyz.xml"));

        assertThat(thrown).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("cbc:DocumentCurrencyCode 'XYZ' is not an ISO 4217 currency");
    }

    @Test
    void recordsTheRuleANegativeQuantityWithAPositiveLineTotalBreaks() {
        byte[] lying = base().replace("<cbc:InvoicedQuantity unitCode=\"DAY\">7<",
                "<cbc:InvoicedQuantity unitCode=\"DAY\">-7<").getBytes(StandardCharsets.UTF_8);

        InboundClaim claim = Readers.shared().read(lying, "negative-quantity.xml");

        assertThat(claim.hasRuleErrors()).isTrue();
        assertThat(claim.ruleFailures()).anySatisfy(failure -> {
            assertThat(failure.ruleId()).isEqualTo("PEPPOL-EN16931-R120");
            assertThat(failure.location()).contains("InvoiceLine");
        });
    }

    private static String base() {
        return new String(Samples.ubl(BASE), StandardCharsets.UTF_8);
    }
}
