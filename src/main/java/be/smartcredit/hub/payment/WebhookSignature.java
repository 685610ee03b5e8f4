package be.smartcredit.hub.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a webhook signature: the lower- or upper-case hex HMAC-SHA256 under the shared secret, optionally
 * written {@code sha256=...}, compared in constant time; either of the raw body, or (timed) of the sender's
 * Unix timestamp, a dot and the raw body, refused when the timestamp is outside the replay window.
 */
public final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;

    public WebhookSignature(String secret) {
        this.secret = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** False when no secret is set: an unsigned hub accepts no webhook at all. */
    public boolean verifies(byte[] body, String signature) {
        if (secret.length == 0 || signature == null || signature.isBlank()) {
            return false;
        }
        String hex = signature.strip().toLowerCase(Locale.ROOT);
        hex = hex.startsWith("sha256=") ? hex.substring("sha256=".length()) : hex;
        byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, hex.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Whether the signature covers {@code timestamp + "." + body} and the timestamp (Unix seconds) lies within
     * {@code window} of {@code now}, either way; a replayed request older than the window is refused.
     */
    public boolean verifies(String timestamp, byte[] body, String signature, Instant now, Duration window) {
        if (timestamp == null || !timestamp.strip().matches("\\d{1,12}")) {
            return false;
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        if (Duration.between(signedAt, now).abs().compareTo(window) > 0) {
            return false;
        }
        return verifies(timed(timestamp.strip(), body), signature);
    }

    /** The signature of a body, as a provider would send it (lower-case hex). */
    public String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The signature of a timed request, as a provider would send it. */
    public String sign(String timestamp, byte[] body) {
        return sign(timed(timestamp, body));
    }

    private static byte[] timed(String timestamp, byte[] body) {
        byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return signed;
    }
}
