package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.support.HubProcess;
import be.smartcredit.hub.support.SftpPrintShop;
import be.smartcredit.hub.support.TestBroker;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged hub sending letters by e-mail (to GreenMail) and post (to a MINA SSHD print shop) while
 * it is killed hard, and while its external broker restarts: every letter leaves at most once, and
 * one that may have left during the kill is flagged rather than sent again.
 */
class ChannelsRecoveryIT {

    private static final int INVOICES = 40;
    private static final String DAY = "2018-03-01";
    private static final Duration START = Duration.ofSeconds(300);
    private static final Duration WORK = Duration.ofSeconds(600);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path data = TestData.newDirectory("channels-recovery");
    private final GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final SftpPrintShop printShop = new SftpPrintShop(data.resolve("print-shop"));

    @AfterEach
    void stopServers() {
        printShop.close();
        mail.stop();
    }

    @Test
    void sendsNoEmailTwiceAcrossAHardKillAndFlagsOneThatMayHaveLeft() throws Exception {
        mail.start();
        try (HubProcess hub = new HubProcess(data, arguments(List.of()))) {
            hub.start();
            hub.awaitHealthy(START);
            dropInvoices("KILL");
            await().atMost(WORK).until(() -> claims(hub).size() >= INVOICES);

            assertThat(hub.post("/api/v1/dunning/runs")).isPresent();
            await().atMost(WORK).until(() -> mail.getReceivedMessages().length >= INVOICES / 4);
            hub.killHard();
            hub.start();
            hub.awaitHealthy(START);
            await().atMost(WORK).until(() -> lettersSent(hub) == INVOICES);

            List<String> received = messageIds();
            long uncertain = countEvents(hub, "EMAIL_UNCERTAIN");
            assertThat(new HashSet<>(received)).hasSameSizeAs(received);
            assertThat(received.size()).isLessThanOrEqualTo(INVOICES)
                    .isGreaterThanOrEqualTo(INVOICES - (int) uncertain);
            assertPrintShopGotEveryLetterOnce(hub);
        }
    }

    @Test
    void sendsEveryLetterOnceWhenTheBrokerRestartsMidBatch() throws Exception {
        mail.start();
        try (TestBroker broker = new TestBroker(data.resolve("broker"));
                HubProcess hub = new HubProcess(data, arguments(List.of("--spring.artemis.mode=native",
                        "--spring.artemis.broker-url=" + broker.url())))) {
            broker.start();
            hub.start();
            hub.awaitHealthy(START);
            dropInvoices("BROKER");
            await().atMost(WORK).until(() -> claims(hub).size() >= INVOICES);

            assertThat(hub.post("/api/v1/dunning/runs")).isPresent();
            await().atMost(WORK).until(() -> mail.getReceivedMessages().length >= INVOICES / 4);
            broker.stop();
            Thread.sleep(3_000);
            broker.start();
            await().atMost(WORK).until(() -> lettersSent(hub) == INVOICES);

            List<String> received = messageIds();
            assertThat(received).hasSize(INVOICES);
            assertThat(new HashSet<>(received)).hasSize(INVOICES);
            assertPrintShopGotEveryLetterOnce(hub);
        }
    }

    private String[] arguments(List<String> extra) {
        List<String> arguments = new ArrayList<>(List.of("--smartcredit.clock.today=" + DAY,
                "--smartcredit.clock.time=10:00",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--smartcredit.print-shop.close-cron=0 0 0 1 1 ? 2099",
                "--smartcredit.print-shop.sftp.host=127.0.0.1",
                "--smartcredit.print-shop.sftp.port=" + printShop.port(),
                "--smartcredit.print-shop.sftp.user=" + SftpPrintShop.USER,
                "--smartcredit.print-shop.sftp.password=" + SftpPrintShop.PASSWORD,
                "--smartcredit.print-shop.sftp.known-hosts=" + printShop.knownHosts(),
                "--smartcredit.print-shop.sftp.directory=/incoming"));
        arguments.addAll(extra);
        return arguments.toArray(String[]::new);
    }

    private void assertPrintShopGotEveryLetterOnce(HubProcess hub) throws IOException {
        assertThat(hub.post("/api/v1/print-batches/" + DAY + "/close")).isPresent();
        Path delivered = printShop.folder("incoming/" + DAY);
        assertThat(TestData.files(delivered, ".pdf")).hasSize(INVOICES);
        assertThat(Files.readAllLines(delivered.resolve("manifest.csv"))).hasSize(INVOICES + 1);
        assertThat(delivered.resolve("done")).exists();
    }

    private List<String> messageIds() {
        return Arrays.stream(mail.getReceivedMessages()).map(ChannelsRecoveryIT::messageId).toList();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long lettersSent(HubProcess hub) throws IOException {
        return countEvents(hub, "LETTER_SENT");
    }

    private long countEvents(HubProcess hub, String kind) throws IOException {
        long count = 0;
        for (Map<String, Object> claim : claims(hub)) {
            String events = hub.get("/api/v1/claims/" + claim.get("id") + "/events").orElse("[]");
            List<Map<String, Object>> list = JSON.readValue(events, new TypeReference<>() { });
            long matching = list.stream().filter(e -> kind.equals(e.get("kind"))).count();
            if ("LETTER_SENT".equals(kind)) {
                assertThat(matching).as("letters sent for claim %s", claim.get("number")).isLessThanOrEqualTo(1);
            }
            count += matching;
        }
        return count;
    }

    private List<Map<String, Object>> claims(HubProcess hub) throws IOException {
        return JSON.readValue(hub.get("/api/v1/claims?limit=5000").orElse("[]"), new TypeReference<>() { });
    }

    private void dropInvoices(String prefix) throws IOException {
        Path inbox = Files.createDirectories(data.resolve("inbox/demo/peppol"));
        for (int i = 1; i <= INVOICES; i++) {
            String number = String.format("%s-%04d", prefix, i);
            Path partial = inbox.resolve(number + ".xml.part");
            // Each invoice to its own buyer, so each is its own dossier and gets its own letter.
            Files.writeString(partial, TestData.baseExampleForOwnBuyer(number, i));
            Files.move(partial, inbox.resolve(number + ".xml"));
        }
    }
}
