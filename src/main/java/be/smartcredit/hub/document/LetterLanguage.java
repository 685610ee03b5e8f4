package be.smartcredit.hub.document;

/** A language a letter can be written in; each has a text bundle {@code xslt/letters/texts-<code>.xml}. */
public enum LetterLanguage {

    NL,
    FR,
    DE,
    EN;

    /** The ISO 639-1 code, as used in {@code xml:lang} and in the name of the text bundle. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The language of an ISO 639-1 code; English for a code that is none of the four (or missing). */
    public static LetterLanguage parse(String code) {
        for (LetterLanguage language : values()) {
            if (language.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return language;
            }
        }
        return EN;
    }
}
