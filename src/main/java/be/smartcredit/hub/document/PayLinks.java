package be.smartcredit.hub.document;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens of debtors' pay-page links: the dossier and the last valid day, signed with HMAC-SHA256. Without the
 * key a token cannot be made or changed; a token past its day is refused.
 */
public final class PayLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Where the hub's pages are reached when no public address is set. */
    public static final URI LOCAL = URI.create("http://localhost:8080");

    private final byte[] key;
    private final int days;
    private final String publicUrl;

    public PayLinks(byte[] key, int days) {
        this(key, days, LOCAL);
    }

    /** Links signed with {@code key}, valid {@code days}, on pages reached at {@code publicUrl}. */
    public PayLinks(byte[] key, int days, URI publicUrl) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the pay-link key must have at least 16 bytes");
        }
        this.key = key.clone();
        this.days = days;
        this.publicUrl = publicUrl.toString().replaceAll("/+$", "");
    }

    /** The full address of the dossier's pay page, as printed on letters, valid from {@code today}. */
    public URI page(long dossierId, LocalDate today) {
        return URI.create(publicUrl + "/pay/" + issue(dossierId, today));
    }

    /** A token for the dossier, valid from {@code today} for the configured number of days. */
    public String issue(long dossierId, LocalDate today) {
        String body = dossierId + ":" + today.plusDays(days);
        String encoded = ENCODER.encodeToString(body.getBytes(StandardCharsets.US_ASCII));
        return encoded + "." + ENCODER.encodeToString(mac(encoded));
    }

    /** The dossier of a sound, unexpired token; empty for a tampered, malformed or expired one. */
    public Optional<Long> verify(String token, LocalDate today) {
        if (token == null || token.length() > 200 || !token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (!MessageDigest.isEqual(mac(parts[0]), decode(parts[1]))) {
            return Optional.empty();
        }
        String[] fields = new String(decode(parts[0]), StandardCharsets.US_ASCII).split(":");
        LocalDate lastDay = LocalDate.parse(fields[1]);
        return today.isAfter(lastDay) ? Optional.empty() : Optional.of(Long.parseLong(fields[0]));
    }

    private static byte[] decode(String part) {
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException malformed) {
            return new byte[0];
        }
    }

    private byte[] mac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK has HmacSHA256", impossible);
        }
    }
}
