package be.smartcredit.hub.claim;

import be.smartcredit.hub.claim.inbound.InboundDocumentReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the inbound document reader once: its Peppol rule sets and XSLT are costly to load. */
@Configuration(proxyBeanMethods = false)
class ClaimSetup {

    @Bean
    InboundDocumentReader inboundDocumentReader() {
        return new InboundDocumentReader();
    }
}
