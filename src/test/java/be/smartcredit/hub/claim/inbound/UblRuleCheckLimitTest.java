package be.smartcredit.hub.claim.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.Samples;
import org.junit.jupiter.api.Test;

class UblRuleCheckLimitTest {

    @Test
    void readsADocumentAboveTheRuleCheckLimitAndSaysItsRulesWereNotChecked() {
        long anyDocument = InboundDocumentReader.DEFAULT_MAX_DOCUMENT_BYTES;
        InboundDocumentReader reader = new InboundDocumentReader(anyDocument, 1_000);

        InboundClaim claim = reader.read(Samples.ubl("peppol-bis-invoice-3_base-example.xml"), "big.xml");

        assertThat(claim.document().number()).isEqualTo("Snippet1");
        assertThat(claim.ruleFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.ruleId()).isEqualTo(InboundDocumentReader.NOT_VALIDATED);
            assertThat(failure.isError()).isTrue();
            assertThat(failure.text()).contains("more than the 1000 bytes");
        });
    }

    @Test
    void checksTheRulesOfADocumentWithinTheLimit() {
        InboundDocumentReader reader = new InboundDocumentReader();

        InboundClaim claim = reader.read(Samples.ubl("peppol-bis-invoice-3_vat-category-E.xml"), "small.xml");

        assertThat(claim.ruleFailures()).extracting(RuleFailure::ruleId).contains("PEPPOL-COMMON-R042")
                .doesNotContain(InboundDocumentReader.NOT_VALIDATED);
    }
}
