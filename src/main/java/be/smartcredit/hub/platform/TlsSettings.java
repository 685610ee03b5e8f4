package be.smartcredit.hub.platform;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * TLS of the hub's outbound HTTP clients ({@code smartcredit.tls.*}): which SSL bundle
 * ({@code spring.ssl.bundle.pem.*} or {@code spring.ssl.bundle.jks.*}) they trust and present, and whether a
 * plain {@code http://} address is refused.
 *
 * @param bundle the SSL bundle of every outbound HTTP client; empty: the JDK's trust store and no client certificate
 * @param clientBundles per client ({@code sms}, {@code whatsapp}, {@code lawyer}, {@code bailiff}) a bundle that
 *        replaces {@code bundle} for that client alone
 * @param requireHttps refuse to start when a configured gateway or partner address is not {@code https://}
 */
@ConfigurationProperties("smartcredit.tls")
public record TlsSettings(String bundle, Map<String, String> clientBundles,
        @DefaultValue("false") boolean requireHttps) {

    public TlsSettings {
        clientBundles = clientBundles == null ? Map.of() : Map.copyOf(clientBundles);
    }
}
