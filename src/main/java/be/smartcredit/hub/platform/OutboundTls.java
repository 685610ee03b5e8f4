package be.smartcredit.hub.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.stereotype.Component;

/**
 * Makes the HTTP clients of the SMS and WhatsApp gateways and the partners' platforms: with the SSL bundle that
 * {@link TlsSettings} names (a private CA to trust, a client certificate for mutual TLS), and refusing a plain
 * {@code http://} address when {@code smartcredit.tls.require-https} is set. Without a bundle the JDK's defaults
 * apply. Host names are always checked against the server's certificate.
 */
@Component
@EnableConfigurationProperties(TlsSettings.class)
public class OutboundTls {

    /** The outbound HTTP clients, as {@code smartcredit.tls.client-bundles} names them. */
    public static final Set<String> CLIENTS = Set.of("sms", "whatsapp", "lawyer", "bailiff");

    private static final Logger log = LoggerFactory.getLogger(OutboundTls.class);

    private final TlsSettings settings;
    private final SslBundles bundles;

    public OutboundTls(TlsSettings settings, SslBundles bundles) {
        Set<String> unknown = new TreeSet<>(settings.clientBundles().keySet());
        unknown.removeAll(CLIENTS);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("smartcredit.tls.client-bundles names unknown clients " + unknown
                    + "; the clients are " + new TreeSet<>(CLIENTS));
        }
        this.settings = settings;
        this.bundles = bundles;
    }

    /**
     * An HTTP client for one outbound client, checked against its base URL (which may be empty: not configured).
     *
     * @param client one of {@link #CLIENTS}
     * @param urlSetting the setting that holds {@code baseUrl}, named in the error when it is refused
     */
    public HttpClient httpClient(String client, String urlSetting, String baseUrl, Duration connectTimeout) {
        checkAddress(client, urlSetting, baseUrl);

        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(connectTimeout);
        String bundleSetting = settings.clientBundles().containsKey(client) ? "smartcredit.tls.client-bundles."
                + client : "smartcredit.tls.bundle";
        String name = settings.clientBundles().getOrDefault(client, settings.bundle());
        if (name == null || name.isBlank()) {
            return builder.build();
        }

        SslBundle bundle = bundle(bundleSetting, name.trim());
        SSLContext context = bundle.createSslContext();
        builder.sslContext(context).sslParameters(parameters(context, bundle.getOptions()));
        log.info("Outbound TLS set: client='{}' bundle='{}'.", client, name.trim());
        return builder.build();
    }

    private void checkAddress(String client, String urlSetting, String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return;
        }
        URI address;
        try {
            address = URI.create(baseUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(urlSetting + " is not a valid URL: " + e.getMessage(), e);
        }
        if ("https".equalsIgnoreCase(address.getScheme())) {
            return;
        }
        if (settings.requireHttps()) {
            throw new IllegalStateException(urlSetting + " is '" + shown(address) + "', but smartcredit.tls"
                    + ".require-https is true: give an https:// address or set require-https to false");
        }
        if (!loopback(address)) {
            log.warn("Outbound address without TLS: client='{}' url='{}'; smartcredit.tls.require-https=true "
                    + "refuses it.", client, shown(address));
        }
    }

    private SslBundle bundle(String setting, String name) {
        try {
            return bundles.getBundle(name);
        } catch (NoSuchSslBundleException e) {
            throw new IllegalStateException(setting + " names the SSL bundle '" + name + "', but neither "
                    + "spring.ssl.bundle.pem." + name + " nor spring.ssl.bundle.jks." + name + " defines it", e);
        }
    }

    private static SSLParameters parameters(SSLContext context, SslOptions options) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        if (options.getCiphers() != null) {
            parameters.setCipherSuites(options.getCiphers());
        }
        if (options.getEnabledProtocols() != null) {
            parameters.setProtocols(options.getEnabledProtocols());
        }
        return parameters;
    }

    private static boolean loopback(URI address) {
        String host = address.getHost();
        return host != null && (host.equalsIgnoreCase("localhost") || host.startsWith("127.")
                || host.equals("[::1]"));
    }

    /** The address without user information or query, which may carry credentials. */
    private static String shown(URI address) {
        if (address.getRawUserInfo() == null && address.getRawQuery() == null) {
            return address.toString();
        }
        return address.getScheme() + "://" + address.getHost() + (address.getPort() < 0 ? "" : ":"
                + address.getPort()) + (address.getRawPath() == null ? "" : address.getRawPath());
    }
}
