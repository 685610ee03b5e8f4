package be.smartcredit.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;

class OutboundTlsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static OutboundTls tls(String bundle, Map<String, String> clientBundles, boolean requireHttps) {
        return new OutboundTls(new TlsSettings(bundle, clientBundles, requireHttps),
                new DefaultSslBundleRegistry("system", SslBundle.systemDefault()));
    }

    @Test
    void refusesAPlainHttpAddressWhenHttpsIsRequiredNamingTheSettingAndTheAddress() {
        OutboundTls tls = tls(null, Map.of(), true);

        assertThatThrownBy(() -> tls.httpClient("sms", "smartcredit.sms.base-url", "http://127.0.0.1:9/v1", TIMEOUT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("smartcredit.sms.base-url is 'http://127.0.0.1:9/v1'")
                .hasMessageContaining("smartcredit.tls.require-https is true");
    }

    @Test
    void takesHttpsAndUnsetAddressesWhenHttpsIsRequired() {
        OutboundTls tls = tls(null, Map.of(), true);

        HttpClient https = tls.httpClient("lawyer", "smartcredit.casework.lawyer.base-url", "https://127.0.0.1:9",
                TIMEOUT);
        HttpClient unset = tls.httpClient("bailiff", "smartcredit.casework.bailiff.base-url", "", TIMEOUT);

        assertThat(https.connectTimeout()).contains(TIMEOUT);
        assertThat(unset).isNotNull();
    }

    @Test
    void keepsPlainHttpByDefault() {
        OutboundTls tls = tls(null, Map.of(), false);

        HttpClient http = tls.httpClient("sms", "smartcredit.sms.base-url", "http://127.0.0.1:9", TIMEOUT);

        assertThat(http.connectTimeout()).contains(TIMEOUT);
    }

    @Test
    void leavesCredentialsInTheAddressOutOfTheError() {
        OutboundTls tls = tls(null, Map.of(), true);

        assertThatThrownBy(() -> tls.httpClient("whatsapp", "smartcredit.whatsapp.base-url",
                "http://user:hunter2@127.0.0.1:9/send?key=abc", TIMEOUT))
                .hasMessageContaining("http://127.0.0.1:9/send")
                .hasMessageNotContaining("hunter2").hasMessageNotContaining("abc");
    }

    @Test
    void refusesABundleNameThatNoSpringBundleDefines() {
        OutboundTls tls = tls("system", Map.of("lawyer", "lawyer-mtls"), false);

        assertThatThrownBy(() -> tls.httpClient("lawyer", "smartcredit.casework.lawyer.base-url", null, TIMEOUT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("smartcredit.tls.client-bundles.lawyer names the SSL bundle 'lawyer-mtls'");
    }

    @Test
    void refusesAClientBundleForAClientThatDoesNotExist() {
        assertThatThrownBy(() -> tls(null, Map.of("laywer", "x"), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("smartcredit.tls.client-bundles names unknown clients [laywer]");
    }
}
