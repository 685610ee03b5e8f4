package be.smartcredit.hub.document;

import java.math.BigDecimal;
import java.util.List;

/** The checks the letter records share, each failing with a message that names the field. */
final class LetterChecks {

    /** No segment may start with a dot, so a logo location cannot climb out of the class path root. */
    private static final String PLAIN_PATH = "[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*";

    private LetterChecks() {
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + what + " is required");
        }
    }

    static void requirePositive(BigDecimal amount, String what) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("a " + what + " is a positive amount, got " + amount);
        }
    }

    static void requireNonNegative(BigDecimal amount, String what) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("'" + what + "' is zero or more, got " + amount);
        }
    }

    static void requireLogo(String logo) {
        if (logo != null && !logo.matches(PLAIN_PATH)) {
            throw new IllegalArgumentException("a logo is a plain classpath location, got '" + logo + "'");
        }
    }

    static List<String> addressLines(List<String> lines, String whose) {
        List<String> copy = List.copyOf(lines);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("the " + whose + "'s address is required");
        }
        return copy;
    }
}
