package be.smartcredit.hub.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the {@code smartcredit.*} settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HubSettings.class)
class HubSettingsConfiguration {
}
