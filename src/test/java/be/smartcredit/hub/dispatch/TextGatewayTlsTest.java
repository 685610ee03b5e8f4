package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.smartcredit.hub.platform.HubSettings;
import be.smartcredit.hub.platform.OutboundTls;
import be.smartcredit.hub.platform.TlsSettings;
import be.smartcredit.hub.support.GatewayStub;
import be.smartcredit.hub.support.TestCertificates;
import be.smartcredit.hub.support.TestCertificates.Identity;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The SMS gateway over HTTPS against a JDK HTTPS server on the loopback address with a certificate made for the
 * test: the JDK's trust store does not know it, an SSL bundle that trusts it does, and a gateway that asks for a
 * client certificate gets the bundle's.
 */
class TextGatewayTlsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> MESSAGE = Map.of("to", "+32470123456", "text", "Betaal a.u.b.",
            "reference", "action-1-sms");

    @TempDir
    static Path certificates;

    static Identity gateway;
    static Identity agency;
    static Identity elsewhere;

    @TempDir
    Path data;

    @BeforeAll
    static void issueCertificates() {
        gateway = TestCertificates.issueForLoopback(certificates, "gateway");
        agency = TestCertificates.issue(certificates, "agency", "dns:agency.invalid");
        elsewhere = TestCertificates.issue(certificates, "elsewhere", "dns:elsewhere.invalid");
    }

    @Test
    void failsOnTheCertificateWithoutABundleAndSendsNothing() {
        try (GatewayStub stub = new GatewayStub(gateway.serverContext(), false)) {
            TextGateway sms = sms(stub, new OutboundTls(new TlsSettings(null, null, true),
                    new DefaultSslBundleRegistry()));

            assertThatThrownBy(() -> sms.send("action-1-sms", MESSAGE))
                    .isInstanceOf(TextGateway.GatewayException.class)
                    .hasRootCauseInstanceOf(CertPathBuilderException.class)
                    .satisfies(e -> assertThat(((TextGateway.GatewayException) e).permanent()).isFalse());
            assertThat(stub.requests()).isEmpty();
        }
    }

    @Test
    void sendsThroughTheBundleThatTheSettingsName() {
        try (GatewayStub stub = new GatewayStub(gateway.serverContext(), false)) {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
                    .withUserConfiguration(OutboundTls.class)
                    .withPropertyValues("spring.ssl.bundle.pem.providers.truststore.certificate=file:"
                            + gateway.certificatePem(), "smartcredit.tls.bundle=providers",
                            "smartcredit.tls.require-https=true")
                    .run(context -> {
                        TextGateway sms = sms(stub, context.getBean(OutboundTls.class));

                        String id = sms.send("action-1-sms", MESSAGE);

                        assertThat(id).isEqualTo("gw-1");
                        assertThat(stub.requests()).singleElement().satisfies(request -> {
                            assertThat(request.path()).isEqualTo("/sms/messages");
                            assertThat(request.authorization()).isEqualTo("Bearer sms-token");
                            assertThat(request.body().get("to").asText()).isEqualTo("+32470123456");
                            assertThat(request.clientCertificate()).isNull();
                        });
                    });
        }
    }

    @Test
    void stillChecksTheHostNameOfATrustedCertificate() {
        try (GatewayStub stub = new GatewayStub(elsewhere.serverContext(), false)) {
            TextGateway sms = sms(stub, tls(SslStoreBundle.of(null, null, TestCertificates.trusting(elsewhere))));

            assertThatThrownBy(() -> sms.send("action-1-sms", MESSAGE))
                    .isInstanceOf(TextGateway.GatewayException.class)
                    .hasRootCauseInstanceOf(CertificateException.class)
                    .rootCause().hasMessageContaining("127.0.0.1");
            assertThat(stub.requests()).isEmpty();
        }
    }

    @Test
    void presentsTheBundlesClientCertificateToAGatewayThatAsksForOne() {
        try (GatewayStub stub = new GatewayStub(gateway.serverContext(agency), true)) {
            TextGateway trustOnly = sms(stub, tls(SslStoreBundle.of(null, null, TestCertificates.trusting(gateway))));
            TextGateway mutual = sms(stub, tls(SslStoreBundle.of(agency.keyStore(), TestCertificates.PASSWORD,
                    TestCertificates.trusting(gateway))));

            assertThatThrownBy(() -> trustOnly.send("action-1-sms", MESSAGE))
                    .isInstanceOf(TextGateway.GatewayException.class).hasMessageContaining("sms gateway unreachable");
            String id = mutual.send("action-1-sms", MESSAGE);

            assertThat(id).isEqualTo("gw-1");
            assertThat(stub.requests()).singleElement()
                    .satisfies(request -> assertThat(request.clientCertificate()).isEqualTo("CN=agency"));
        }
    }

    private static OutboundTls tls(SslStoreBundle stores) {
        return new OutboundTls(new TlsSettings("test", null, true),
                new DefaultSslBundleRegistry("test", SslBundle.of(stores)));
    }

    private TextGateway sms(GatewayStub stub, OutboundTls tls) {
        ChannelSettings.Gateway settings = new ChannelSettings.Gateway(stub.baseUrl("/sms"), "/messages",
                "sms-token", "classpath:gateways/generic-sms.json", "Idempotency-Key", "id", 5, null, null);
        HubSettings hub = new HubSettings(data, data, null, null, null, null, null, null);
        return TextChannels.gateway(Channel.SMS, settings, hub, JSON, tls);
    }
}
