package be.smartcredit.hub.connector;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settings of the connector channels. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SftpInboxSettings.class)
class ConnectorSetup {
}
