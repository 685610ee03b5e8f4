package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeliveryStatusReportTest {

    @Test
    void readsTheFailedRecipientAndTheActionOfTheReturnedMessage() {
        byte[] bounce = Bounces.failed("ghost@debtor.example", "<action-42@smart-credit-hub>")
                .getBytes(StandardCharsets.US_ASCII);

        DeliveryStatusReport report = DeliveryStatusReport.parse(bounce);

        assertThat(report.actionId()).contains(42L);
        assertThat(report.recipients()).hasSize(1);
        DeliveryStatusReport.Recipient recipient = report.recipients().get(0);
        assertThat(recipient.address()).isEqualTo("ghost@debtor.example");
        assertThat(recipient.failed()).isTrue();
        assertThat(recipient.status()).isEqualTo("5.1.1");
        assertThat(recipient.diagnostic()).contains("550 5.1.1", "User unknown");
    }

    @Test
    void refusesAMessageThatIsNoDeliveryReport() {
        byte[] plain = "From: a@b.example\r\nSubject: hello\r\n\r\nJust a message.\r\n"
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> DeliveryStatusReport.parse(plain))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a delivery status notification");
    }

    @Test
    void knowsNoActionForAForeignMessageId() {
        byte[] bounce = Bounces.failed("ghost@debtor.example", "<1234@elsewhere.example>")
                .getBytes(StandardCharsets.US_ASCII);

        DeliveryStatusReport report = DeliveryStatusReport.parse(bounce);

        assertThat(report.actionId()).isEmpty();
    }
}
