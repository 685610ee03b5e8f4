package be.smartcredit.hub.dispatch;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settings the letters need beyond the channels: the lawyer who signs lawyer's letters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LawyerSettings.class)
class LetterSetup {
}
