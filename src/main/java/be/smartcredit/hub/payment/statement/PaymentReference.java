package be.smartcredit.hub.payment.statement;

import be.smartcredit.hub.claim.StructuredCommunication;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A structured payment reference that names one claim: a Belgian structured communication (OGM) or an ISO 11649
 * creditor reference ({@code RF18 5390 0754 7034}), both with valid check digits.
 *
 * @param value the twelve OGM digits, or the RF reference without blanks in upper case
 */
public record PaymentReference(Kind kind, String value) {

    /** The two reference schemes the hub reads. */
    public enum Kind { OGM, RF }

    private static final Pattern OGM_IN_TEXT = Pattern.compile("[+*]{3}\\s*(\\d{3}\\s*/\\s*\\d{4}\\s*/\\s*\\d{5})"
            + "\\s*[+*]{3}");
    private static final Pattern RF_IN_TEXT = Pattern.compile("\\bRF\\d{2}(?: ?[A-Z0-9]{1,4}){1,6}\\b");
    private static final int RF_MAX_LENGTH = 25;

    public static PaymentReference ogm(StructuredCommunication communication) {
        return new PaymentReference(Kind.OGM, communication.digits());
    }

    /** An ISO 11649 reference that passes its mod-97 check; empty otherwise. */
    public static Optional<PaymentReference> rf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("RF\\d{2}[A-Z0-9]{1,21}") || compact.length() > RF_MAX_LENGTH
                || !passesIso7064(compact)) {
            return Optional.empty();
        }
        return Optional.of(new PaymentReference(Kind.RF, compact));
    }

    /** Builds the RF creditor reference around the creditor's own part (letters and digits, at most 21). */
    public static PaymentReference creditorReference(String body) {
        String compact = body.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z0-9]{1,21}")) {
            throw new IllegalArgumentException("an RF reference holds 1 to 21 letters and digits, got '" + body + "'");
        }
        int check = 98 - mod97(numeric(compact + "RF00"));
        return new PaymentReference(Kind.RF, "RF" + String.format("%02d", check) + compact);
    }

    /** Reads a reference field: an OGM in any usual notation, or an RF reference; empty when neither is valid. */
    public static Optional<PaymentReference> parse(String text) {
        return StructuredCommunication.parse(text).map(PaymentReference::ogm).or(() -> rf(text));
    }

    /** The first valid OGM ({@code +++123/4567/89002+++}) or RF reference a debtor typed into free text. */
    public static Optional<PaymentReference> findIn(String freeText) {
        if (freeText == null || freeText.isBlank()) {
            return Optional.empty();
        }
        Matcher ogm = OGM_IN_TEXT.matcher(freeText);
        while (ogm.find()) {
            Optional<PaymentReference> found = parse(ogm.group(1));
            if (found.isPresent()) {
                return found;
            }
        }
        Matcher rf = RF_IN_TEXT.matcher(freeText.toUpperCase(Locale.ROOT));
        while (rf.find()) {
            Optional<PaymentReference> found = longestValidPrefix(rf.group().split(" "));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    // The words after a reference may look like more of it ("RF18 5390 0754 7034 MERCI"): drop them one by one.
    private static Optional<PaymentReference> longestValidPrefix(String[] words) {
        for (int count = words.length; count > 0; count--) {
            Optional<PaymentReference> found = rf(String.join("", java.util.Arrays.copyOf(words, count)));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Whether digits that look like a reference fail their check: an OGM written with a wrong check number. */
    public static boolean looksLikeBrokenOgm(String text) {
        return text != null && text.replaceAll("[+*/\\s.-]", "").matches("\\d{12}") && parse(text).isEmpty();
    }

    /** The creditor's own part: the OGM digits, or what follows {@code RFkk}. */
    public String body() {
        return kind == Kind.OGM ? value : value.substring(4);
    }

    @Override
    public String toString() {
        return kind == Kind.OGM ? new StructuredCommunication(value).formatted() : value;
    }

    // ISO 7064 mod 97-10 as ISO 11649 uses it: the first four characters moved to the end, letters as 10..35.
    private static boolean passesIso7064(String reference) {
        return mod97(numeric(reference.substring(4) + reference.substring(0, 4))) == 1;
    }

    private static String numeric(String lettersAndDigits) {
        StringBuilder digits = new StringBuilder();
        for (char c : lettersAndDigits.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return digits.toString();
    }

    private static int mod97(String digits) {
        return new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue();
    }
}
