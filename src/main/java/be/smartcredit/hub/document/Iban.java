package be.smartcredit.hub.document;

import java.math.BigInteger;
import java.util.Locale;

/** Checks and normalises an IBAN: the printed groups of four go, the ISO 13616 check digits must hold. */
final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** The IBAN in its electronic form (no spaces, upper case); throws when it is not a valid one. */
    static String normalized(String iban) {
        if (iban == null) {
            throw new IllegalArgumentException("an IBAN is required");
        }
        String compact = iban.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}") || !hasValidCheckDigits(compact)) {
            throw new IllegalArgumentException("not a valid IBAN: '" + iban + "'");
        }
        return compact;
    }

    /**
     * Whether the ISO 7064 MOD 97-10 check of an IBAN or an ISO 11649 creditor reference holds: the first four
     * characters moved to the end, letters read as 10 to 35, the number leaves 1 when divided by 97.
     */
    static boolean hasValidCheckDigits(String compact) {
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        rearranged.chars().forEach(c -> digits.append(Character.getNumericValue(c)));
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
