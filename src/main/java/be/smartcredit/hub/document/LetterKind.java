package be.smartcredit.hub.document;

/** The step of the dunning procedure a letter belongs to (or an invoice); each kind names its XSL-FO layout. */
public enum LetterKind {

    REMINDER_1("reminder.xsl"),
    REMINDER_2("reminder.xsl"),
    FORMAL_NOTICE("formal-notice.xsl"),
    LAWYER_LETTER("formal-notice.xsl"),
    PAYMENT_PLAN("payment-plan.xsl"),
    CLOSING("closing.xsl"),
    /** An invoice or credit note rendered from UBL; not a dunning step, but laid out like the letters. */
    INVOICE("invoice.xsl");

    private final String layout;

    LetterKind(String layout) {
        this.layout = layout;
    }

    /** The layout file under {@code xslt/letters/}; kinds may share one and tell apart by their texts. */
    String layout() {
        return layout;
    }
}
