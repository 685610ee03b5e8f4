package be.smartcredit.hub.platform;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the embedded Artemis broker: a dead-letter address for every queue (Artemis drops
 * undeliverable messages when none is set), redelivery with backoff, and a duplicate-id cache large
 * enough for a day's actions.
 */
@Configuration(proxyBeanMethods = false)
class BrokerSetup {

    static final String DEAD_LETTER_ADDRESS = "smartcredit.dead-letter";
    static final String EXPIRY_ADDRESS = "smartcredit.expired";

    @Bean
    ArtemisConfigurationCustomizer deadLetterAndRedelivery() {
        return configuration -> {
            AddressSettings everyQueue = new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_ADDRESS))
                    .setAutoCreateDeadLetterResources(true)
                    .setExpiryAddress(SimpleString.of(EXPIRY_ADDRESS))
                    .setAutoCreateExpiryResources(true)
                    .setMaxDeliveryAttempts(5)
                    .setRedeliveryDelay(1_000)
                    .setRedeliveryMultiplier(3.0)
                    .setMaxRedeliveryDelay(60_000);
            configuration.addAddressSetting("#", everyQueue);
            configuration.setIDCacheSize(100_000);
            configuration.setPersistIDCache(true);
        };
    }
}
