package be.smartcredit.hub.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The webhook signature: HMAC-SHA256 of the raw body, hex, with or without the {@code sha256=} prefix. */
class WebhookSignatureTest {

    private static final byte[] BODY = "{\"id\":\"evt-1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsWithTheKnownHmacSha256Value() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        WebhookSignature signature = new WebhookSignature("Jefe");

        String signed = signature.sign("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));

        assertThat(signed).isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void acceptsItsOwnSignatureInEitherNotation() {
        WebhookSignature signature = new WebhookSignature("secret");

        String signed = signature.sign(BODY);

        assertThat(signature.verifies(BODY, signed)).isTrue();
        assertThat(signature.verifies(BODY, "sha256=" + signed.toUpperCase())).isTrue();
    }

    @Test
    void refusesAnotherBodyAnotherSecretOrNoSignature() {
        WebhookSignature signature = new WebhookSignature("secret");
        String signed = signature.sign(BODY);

        assertThat(signature.verifies("{\"id\":\"evt-2\"}".getBytes(StandardCharsets.UTF_8), signed)).isFalse();
        assertThat(new WebhookSignature("other").verifies(BODY, signed)).isFalse();
        assertThat(signature.verifies(BODY, null)).isFalse();
    }

    @Test
    void refusesEverythingWhenNoSecretIsSet() {
        assertThat(new WebhookSignature("").verifies(BODY, "00")).isFalse();
        assertThat(new WebhookSignature(null).verifies(BODY, "00")).isFalse();
    }
}
