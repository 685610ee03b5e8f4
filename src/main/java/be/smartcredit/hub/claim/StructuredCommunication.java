package be.smartcredit.hub.claim;

import java.util.Optional;

/**
 * A Belgian structured communication (OGM/VCS): ten digits followed by their remainder modulo 97
 * (97 when the remainder is zero), printed as {@code +++123/4567/89002+++}.
 */
public record StructuredCommunication(String digits) {

    public StructuredCommunication {
        if (digits == null || !isTwelveDigits(digits)) {
            throw new IllegalArgumentException("a structured communication has 12 digits, got '" + digits + "'");
        }
        if (!hasValidCheckDigits(digits)) {
            throw new IllegalArgumentException("structured communication '" + digits + "' fails the mod-97 check");
        }
    }

    /** Builds the communication whose first ten digits are the given base number. */
    public static StructuredCommunication fromBase(long base) {
        if (base < 0 || base > 9_999_999_999L) {
            throw new IllegalArgumentException("the base of a structured communication has at most 10 digits: " + base);
        }
        return new StructuredCommunication(String.format("%010d%02d", base, checkDigits(base)));
    }

    /**
     * Reads a communication written in any common form ({@code +++123/4567/89002+++},
     * {@code ***...***}, spaces, or the bare digits); empty when it is not a valid one.
     */
    public static Optional<StructuredCommunication> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // Read for every movement of a bank file, so the separators are skipped by hand rather than by a regex.
        StringBuilder digits = new StringBuilder(12);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits.length() == 12) {
                    return Optional.empty();
                }
                digits.append(c);
            } else if ("+*/.- \t\n\u000B\f\r".indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        if (digits.length() != 12 || !hasValidCheckDigits(digits.toString())) {
            return Optional.empty();
        }
        return Optional.of(new StructuredCommunication(digits.toString()));
    }

    private static boolean isTwelveDigits(String text) {
        if (text.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the last two digits are the first ten's remainder modulo 97; read in place, for every movement. */
    public static boolean hasValidCheckDigits(String twelveDigits) {
        if (!isTwelveDigits(twelveDigits)) {
            throw new NumberFormatException("a structured communication has 12 digits, got '" + twelveDigits + "'");
        }
        long base = 0;
        for (int i = 0; i < 10; i++) {
            base = base * 10 + (twelveDigits.charAt(i) - '0');
        }
        int check = (twelveDigits.charAt(10) - '0') * 10 + (twelveDigits.charAt(11) - '0');
        return checkDigits(base) == check;
    }

    /** The printed form, {@code +++123/4567/89002+++}. */
    public String formatted() {
        return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static int checkDigits(long base) {
        int remainder = (int) (base % 97);
        return remainder == 0 ? 97 : remainder;
    }
}
