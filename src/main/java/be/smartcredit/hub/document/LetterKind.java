package be.smartcredit.hub.document;

/** The step of the dunning procedure a letter belongs to; each kind names its XSL-FO layout. */
public enum LetterKind {

    REMINDER_1("reminder.xsl"),
    REMINDER_2("reminder.xsl");

    private final String layout;

    LetterKind(String layout) {
        this.layout = layout;
    }

    /** The layout file under {@code xslt/letters/}; kinds may share one and tell apart by their texts. */
    String layout() {
        return layout;
    }
}
