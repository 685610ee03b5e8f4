package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.Samples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what the phive rules cost, so the figures are in every build log; the timings are not asserted. */
class PeppolValidationCostTest {

    private static final Logger log = LoggerFactory.getLogger(PeppolValidationCostTest.class);

    @Test
    void logsTheCostOfOneValidation() {
        InboundDocumentReader reader = Readers.shared();
        byte[] invoice = Samples.ubl("peppol-bis-invoice-3_base-example.xml");

        long first = System.nanoTime();
        InboundClaim claim = reader.read(invoice, "timing-1.xml");
        long firstMs = Readers.millisSince(first);
        long second = System.nanoTime();
        reader.read(invoice, "timing-2.xml");
        long secondMs = Readers.millisSince(second);

        log.info("Timing: read and validate the Peppol base example firstMs='{}' secondMs='{}'", firstMs, secondMs);
        assertThat(claim.peppol()).isTrue();
    }
}
