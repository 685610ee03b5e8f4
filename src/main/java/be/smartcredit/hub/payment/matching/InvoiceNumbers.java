package be.smartcredit.hub.payment.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pieces of a transfer's free text that could be an invoice number standing as a whole word, so that claims are
 * looked up by number through an index instead of searching every claim's number in the text.
 */
public final class InvoiceNumbers {

    /** Longer than any stored invoice number (the column holds 120 characters). */
    static final int MAX_LENGTH = 120;

    private InvoiceNumbers() {
    }

    /**
     * Every upper-cased stretch of the text that starts and ends at a word boundary (no letter or digit just before
     * or after it) and is long enough to be looked for; never empty, so it can fill an SQL {@code IN} list.
     */
    public static List<String> candidatesIn(String freeText) {
        String text = freeText.toUpperCase(Locale.ROOT);
        Set<String> pieces = new LinkedHashSet<>();
        for (int start = 0; start < text.length(); start++) {
            if (start > 0 && isWordChar(text.charAt(start - 1))) {
                continue;
            }
            int last = Math.min(text.length(), start + MAX_LENGTH);
            for (int end = start + PaymentMatcher.MIN_NUMBER_LENGTH; end <= last; end++) {
                if (end == text.length() || !isWordChar(text.charAt(end))) {
                    pieces.add(text.substring(start, end));
                }
            }
        }
        List<String> candidates = new ArrayList<>(pieces);
        if (candidates.isEmpty()) {
            candidates.add("");
        }
        return candidates;
    }

    private static boolean isWordChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
