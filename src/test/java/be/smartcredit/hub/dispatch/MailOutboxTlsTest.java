package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import be.smartcredit.hub.support.TestCertificates;
import be.smartcredit.hub.support.TestCertificates.Identity;
import be.smartcredit.hub.support.TlsFront;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * E-mail over SMTPS (TLS from the first byte) through the Spring Boot mail settings the hub's outbox uses: GreenMail
 * behind a TLS front whose certificate was made for the test. {@code spring.mail.ssl.bundle} naming a bundle that
 * trusts it delivers; without one the JDK's trust store refuses the server and nothing is sent. With STARTTLS
 * required, GreenMail's plain SMTP (which offers no STARTTLS) gets nothing either.
 */
class MailOutboxTlsTest {

    @TempDir
    static Path certificates;

    static Identity mailServer;

    @TempDir
    Path data;

    private GreenMail mail;
    private TlsFront smtps;

    @BeforeAll
    static void issueCertificate() {
        mailServer = TestCertificates.issueForLoopback(certificates, "mail-server");
    }

    @BeforeEach
    void startServers() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        smtps = new TlsFront(mailServer.serverContext(), mail.getSmtp().getPort());
    }

    @AfterEach
    void stopServers() throws Exception {
        smtps.close();
        mail.stop();
    }

    @Test
    void deliversOverSmtpsWithTheBundleThatTrustsTheServer() {
        runner(smtps.port()).withPropertyValues("spring.mail.ssl.enabled=true", "spring.mail.ssl.bundle=mail",
                "spring.ssl.bundle.pem.mail.truststore.certificate=file:" + mailServer.certificatePem())
                .run(context -> {
                    MailOutbox outbox = context.getBean(MailOutbox.class);

                    MailOutbox.Result result = outbox.send(letter(41));

                    assertThat(result.rejected()).isFalse();
                    assertThat(result.reply()).startsWith("250");
                    MimeMessage[] received = mail.getReceivedMessages();
                    assertThat(received).singleElement().satisfies(message -> {
                        assertThat(message.getSubject()).isEqualTo("Herinnering factuur F-41");
                        assertThat(message.getMessageID()).isEqualTo("<action-41@smart-credit-hub>");
                    });
                });
    }

    @Test
    void refusesAServerItsTrustStoreDoesNotKnowAndSendsNothing() {
        runner(smtps.port()).withPropertyValues("spring.mail.ssl.enabled=true").run(context -> {
            MailOutbox outbox = context.getBean(MailOutbox.class);

            assertThatThrownBy(() -> outbox.send(letter(42)))
                    .isInstanceOf(MailOutbox.NotSentException.class)
                    .hasMessageContaining("cannot connect to the mail server");

            assertThat(mail.getReceivedMessages()).isEmpty();
            // The front counts the refusal on its own thread, which may finish after the client gave up.
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(smtps.refusedHandshakes()).isEqualTo(1));
        });
    }

    @Test
    void refusesAPlainServerWhenStarttlsIsRequired() {
        runner(mail.getSmtp().getPort()).withPropertyValues("spring.mail.properties.mail.smtp.starttls.enable=true",
                "spring.mail.properties.mail.smtp.starttls.required=true").run(context -> {
                    MailOutbox outbox = context.getBean(MailOutbox.class);

                    assertThatThrownBy(() -> outbox.send(letter(43)))
                            .isInstanceOf(MailOutbox.NotSentException.class)
                            .hasMessageContaining("STARTTLS");

                    assertThat(mail.getReceivedMessages()).isEmpty();
                });
    }

    private ApplicationContextRunner runner(int port) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class,
                        MailSenderAutoConfiguration.class))
                .withUserConfiguration(MailOnly.class)
                .withPropertyValues("smartcredit.data-dir=" + data, "smartcredit.clock.today=2026-03-02",
                        "smartcredit.clock.time=10:00", "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + port,
                        // Angus Mail waits for ever by default; a server that never answers must fail the test.
                        "spring.mail.properties.mail.smtp.connectiontimeout=5000",
                        "spring.mail.properties.mail.smtp.timeout=5000");
    }

    private static MailOutbox.OutgoingMail letter(long actionId) {
        return new MailOutbox.OutgoingMail(actionId, "dossiers@agency.example", "Agency",
                "dossiers@agency.example", "debtor@debtor.example", "Herinnering factuur F-" + actionId,
                "Gelieve te betalen.", "<p>Gelieve te betalen.</p>", "herinnering.pdf",
                "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
    }

    /** The outbox with only what it needs: the hub's settings, its clock and Spring Boot's mail sender. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({HubSettings.class, ChannelSettings.class})
    @Import({HubClock.class, MailOutbox.class})
    static class MailOnly {
    }
}
