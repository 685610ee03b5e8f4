package be.smartcredit.hub.claim;

import java.util.Optional;

/**
 * A Belgian structured communication (OGM/VCS): ten digits followed by their remainder modulo 97
 * (97 when the remainder is zero), printed as {@code +++123/4567/89002+++}.
 */
public record StructuredCommunication(String digits) {

    public StructuredCommunication {
        if (digits == null || !digits.matches("\\d{12}")) {
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
        String digits = text.replaceAll("[+*/\\s.-]", "");
        if (!digits.matches("\\d{12}") || !hasValidCheckDigits(digits)) {
            return Optional.empty();
        }
        return Optional.of(new StructuredCommunication(digits));
    }

    public static boolean hasValidCheckDigits(String twelveDigits) {
        long base = Long.parseLong(twelveDigits.substring(0, 10));
        int check = Integer.parseInt(twelveDigits.substring(10));
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
