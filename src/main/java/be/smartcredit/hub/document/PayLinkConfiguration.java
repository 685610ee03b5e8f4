package be.smartcredit.hub.document;

import be.smartcredit.hub.platform.HubSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the one {@link PayLinks} that the letters and the portal share, from {@code smartcredit.portal.*}. */
@Configuration(proxyBeanMethods = false)
class PayLinkConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PayLinkConfiguration.class);

    /** Signs pay-page links with the configured key, or with a key made for this run (links then end with it). */
    @Bean
    PayLinks payLinks(HubSettings settings) {
        String secret = settings.portal().payLinkSecret();
        byte[] key;
        if (secret == null || secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            log.warn("No pay-link key set (SMARTCREDIT_PORTAL_PAY_LINK_SECRET): pay-page links end at the next "
                    + "restart.");
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
        return new PayLinks(key, settings.portal().payLinkDays(), URI.create(settings.portal().publicUrl()));
    }
}
