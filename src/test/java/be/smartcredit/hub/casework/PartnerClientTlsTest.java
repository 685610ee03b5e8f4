package be.smartcredit.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.smartcredit.hub.platform.OutboundTls;
import be.smartcredit.hub.support.GatewayStub;
import be.smartcredit.hub.support.TestCertificates;
import be.smartcredit.hub.support.TestCertificates.Identity;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A lawyer's platform that asks for a client certificate (mutual TLS), on the loopback address: the lawyer's own
 * bundle ({@code smartcredit.tls.client-bundles.lawyer}, a PKCS#12 key store) carries the agency's certificate
 * and gets the handover through; the bailiff's client, on the shared bundle that only trusts the platform, does not.
 */
class PartnerClientTlsTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @TempDir
    static Path certificates;

    static Identity platform;
    static Identity agency;
    static Path trustStore;

    @BeforeAll
    static void issueCertificates() throws IOException, GeneralSecurityException {
        platform = TestCertificates.issueForLoopback(certificates, "platform");
        agency = TestCertificates.issue(certificates, "agency", "dns:agency.invalid");
        trustStore = certificates.resolve("platform-trust.p12");
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            KeyStore trust = TestCertificates.trusting(platform);
            trust.store(out, TestCertificates.PASSWORD.toCharArray());
        }
    }

    @Test
    void presentsTheAgencysCertificateOnlyWithTheLawyersOwnBundle() {
        try (GatewayStub partner = new GatewayStub(platform.serverContext(agency), true)) {
            CaseworkSettings.Partner platformSettings = new CaseworkSettings.Partner(partner.baseUrl(""),
                    "/handovers", "partner-token", null);
            CaseworkSettings settings = new CaseworkSettings(3, 6, List.of(), platformSettings, platformSettings,
                    new CaseworkSettings.Retry(1, Duration.ofSeconds(1), Duration.ofSeconds(5)));
            runner().run(context -> {
                OutboundTls tls = context.getBean(OutboundTls.class);
                PartnerClient lawyer = PartnerClient.of(Handovers.Partner.LAWYER, settings, JSON, tls);
                PartnerClient bailiff = PartnerClient.of(Handovers.Partner.BAILIFF, settings, JSON, tls);

                assertThatThrownBy(() -> bailiff.post(platformSettings, handover("handover-bailiff-8")))
                        .isInstanceOf(PartnerClient.PartnerException.class)
                        .hasMessageStartingWith("no answer from the partner");
                lawyer.post(platformSettings, handover("handover-lawyer-7"));

                assertThat(partner.requests()).singleElement().satisfies(request -> {
                    assertThat(request.path()).isEqualTo("/handovers");
                    assertThat(request.idempotencyKey()).isEqualTo("handover-lawyer-7");
                    assertThat(request.authorization()).isEqualTo("Bearer partner-token");
                    assertThat(request.clientCertificate()).isEqualTo("CN=agency");
                });
            });
        }
    }

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
                .withUserConfiguration(OutboundTls.class)
                .withPropertyValues(
                        "spring.ssl.bundle.pem.partners.truststore.certificate=file:" + platform.certificatePem(),
                        "spring.ssl.bundle.jks.lawyer.keystore.location=file:" + agency.keyStoreFile(),
                        "spring.ssl.bundle.jks.lawyer.keystore.type=PKCS12",
                        "spring.ssl.bundle.jks.lawyer.keystore.password=" + TestCertificates.PASSWORD,
                        "spring.ssl.bundle.jks.lawyer.truststore.location=file:" + trustStore,
                        "spring.ssl.bundle.jks.lawyer.truststore.type=PKCS12",
                        "spring.ssl.bundle.jks.lawyer.truststore.password=" + TestCertificates.PASSWORD,
                        "smartcredit.tls.bundle=partners",
                        "smartcredit.tls.client-bundles.lawyer=lawyer",
                        "smartcredit.tls.require-https=true");
    }

    private static HandoverPackage handover(String id) {
        return new HandoverPackage(id, id.split("-")[1], "LAWYER_LETTER", LocalDate.of(2026, 3, 2), 7, null, null,
                List.of(), null, List.of(), List.of(), null);
    }
}
