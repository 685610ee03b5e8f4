package be.smartcredit.hub.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The webhook signature: HMAC-SHA256 of the raw body, hex, with or without the {@code sha256=} prefix. */
class WebhookSignatureTest {

    private static final Duration WINDOW = Duration.ofMinutes(5);
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

    @Test
    void acceptsATimedSignatureWithinTheReplayWindow() {
        WebhookSignature signature = new WebhookSignature("secret");
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        String timestamp = Long.toString(now.minusSeconds(60).getEpochSecond());

        String signed = signature.sign(timestamp, BODY);

        assertThat(signature.verifies(timestamp, BODY, signed, now, WINDOW)).isTrue();
        assertThat(signed).isEqualTo(signature.sign((timestamp + "." + new String(BODY, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesATimedSignatureReplayedAfterTheWindowOrWithAnotherTimestamp() {
        WebhookSignature signature = new WebhookSignature("secret");
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        String old = Long.toString(now.minusSeconds(301).getEpochSecond());
        String fresh = Long.toString(now.getEpochSecond());

        String signedLongAgo = signature.sign(old, BODY);

        assertThat(signature.verifies(old, BODY, signedLongAgo, now, WINDOW)).isFalse();
        assertThat(signature.verifies(fresh, BODY, signedLongAgo, now, WINDOW)).isFalse();
        assertThat(signature.verifies(null, BODY, signedLongAgo, now, WINDOW)).isFalse();
        assertThat(signature.verifies("soon", BODY, signedLongAgo, now, WINDOW)).isFalse();
    }
}
