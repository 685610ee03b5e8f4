package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.Samples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClaimReadingRefusalTest {

    @Test
    void refusesADocumentWithoutNumberNamingTheElement() {
        String text = new String(Samples.ubl("peppol-bis-invoice-3_base-example.xml"), StandardCharsets.UTF_8);
        byte[] withoutNumber = text.replaceFirst("<cbc:ID>Snippet1</cbc:ID>", "").getBytes(StandardCharsets.UTF_8);

        Throwable thrown = catchThrowable(() -> Readers.shared().read(withoutNumber, "no-number.xml"));

        assertThat(thrown).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("no-number.xml")
                .hasMessageContaining("cbc:ID (the document number) is missing");
    }

    @Test
    void refusesADocumentWithoutDebtor() {
        String text = new String(Samples.ubl("peppol-bis-invoice-3_base-example.xml"), StandardCharsets.UTF_8);
        byte[] withoutDebtor = text.replaceAll("(?s)<cac:AccountingCustomerParty>.*</cac:AccountingCustomerParty>", "")
                .getBytes(StandardCharsets.UTF_8);

        Throwable thrown = catchThrowable(() -> Readers.shared().read(withoutDebtor, "no-debtor.xml"));

        assertThat(thrown).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("cac:AccountingCustomerParty has no name");
    }
}
