package be.smartcredit.hub.document;

import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the language of a debtor's letters: the one on the debtor's record, else the one of a Belgian
 * postcode's region, else the connector's default.
 */
public final class LetterLanguages {

    private static final String BELGIUM = "BE";

    private LetterLanguages() {
    }

    /**
     * The language to write to a debtor in.
     *
     * @param recordLanguage the language on the debtor's record ({@code nl}, {@code FR}, {@code de-BE}, ...), or
     *     {@code null}; one the hub does not write in is ignored
     * @param countryCode the ISO 3166 country of the debtor's address, or {@code null}
     * @param postcode the postcode of the debtor's address, or {@code null}
     * @param connectorDefault the client's default language, used for Brussels and whenever nothing else tells
     */
    public static LetterLanguage forDebtor(String recordLanguage, String countryCode, String postcode,
            LetterLanguage connectorDefault) {
        if (connectorDefault == null) {
            throw new IllegalArgumentException("a connector's default letter language is required");
        }
        return fromRecord(recordLanguage)
                .or(() -> isBelgian(countryCode) ? fromBelgianPostcode(postcode) : Optional.empty())
                .orElse(connectorDefault);
    }

    /** The language of a record such as {@code nl}, {@code fr_BE} or {@code DE-be}, when the hub writes it. */
    static Optional<LetterLanguage> fromRecord(String recordLanguage) {
        if (recordLanguage == null || recordLanguage.isBlank()) {
            return Optional.empty();
        }
        String code = recordLanguage.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        for (LetterLanguage language : LetterLanguage.values()) {
            if (language.code().equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language of the region a Belgian postcode belongs to; empty for Brussels (bilingual) and for anything
     * that is not a Belgian postcode.
     */
    static Optional<LetterLanguage> fromBelgianPostcode(String postcode) {
        String digits = postcode == null ? "" : postcode.strip().replaceFirst("^(?i)B-?", "");
        if (!digits.matches("[1-9]\\d{3}")) {
            return Optional.empty();
        }
        return regionLanguage(Integer.parseInt(digits));
    }

    private static Optional<LetterLanguage> regionLanguage(int code) {
        if (code < 1300) {
            return Optional.empty();
        }
        if (code < 1500 || code >= 4000 && code < 4700 || code >= 4800 && code < 8000) {
            return Optional.of(LetterLanguage.FR);
        }
        if (code >= 4700 && code < 4800) {
            return Optional.of(LetterLanguage.DE);
        }
        return Optional.of(LetterLanguage.NL);
    }

    // Limitation: a debtor abroad gets the connector's default language, even in France, the Netherlands or
    // Germany; the brief asked for the Belgian regions only.
    private static boolean isBelgian(String countryCode) {
        // An address without a country is taken as Belgian: the hub's clients are Belgian and so are most debtors.
        return countryCode == null || countryCode.isBlank() || BELGIUM.equalsIgnoreCase(countryCode.strip());
    }
}
