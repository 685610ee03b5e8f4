package be.smartcredit.hub.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a payment provider's webhook signature: the lower- or upper-case hex HMAC-SHA256 of the raw body under the
 * shared secret, optionally written {@code sha256=...}; compared in constant time.
 */
final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;

    WebhookSignature(String secret) {
        this.secret = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** False when no secret is set: an unsigned hub accepts no webhook at all. */
    boolean verifies(byte[] body, String signature) {
        if (secret.length == 0 || signature == null || signature.isBlank()) {
            return false;
        }
        String hex = signature.strip().toLowerCase(Locale.ROOT);
        hex = hex.startsWith("sha256=") ? hex.substring("sha256=".length()) : hex;
        byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, hex.getBytes(StandardCharsets.US_ASCII));
    }

    /** The signature of a body, as a provider would send it (lower-case hex). */
    String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
