package be.smartcredit.hub.dispatch;

import java.util.Optional;

/** Normalises phone numbers to E.164 ({@code +32470123456}) and tells which are mobile numbers. */
final class PhoneNumbers {

    private static final String E164 = "\\+[1-9]\\d{7,14}";
    private static final String BELGIAN_MOBILE = "\\+324[5-9]\\d{7}";

    private PhoneNumbers() {
    }

    /**
     * The number in E.164 form; a national number (leading 0) is read as Belgian, or as the debtor's
     * country when that is Belgium or not given.
     */
    static Optional<String> e164(String raw, String countryCode) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("[\\s./()\\-]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        } else if (digits.startsWith("0") && (countryCode == null || "BE".equalsIgnoreCase(countryCode))) {
            digits = "+32" + digits.substring(1);
        }
        return digits.matches(E164) ? Optional.of(digits) : Optional.empty();
    }

    /** The number in E.164 form when it can receive SMS: a Belgian mobile, or any valid foreign number. */
    // Limitation: foreign numbers are not checked for being mobile; a landline abroad gets a failed SMS.
    static Optional<String> mobile(String raw, String countryCode) {
        return e164(raw, countryCode).filter(n -> !n.startsWith("+32") || n.matches(BELGIAN_MOBILE));
    }
}
