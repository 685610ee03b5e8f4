package be.smartcredit.hub.claim;

/** The kind of commercial document a claim comes from. */
public enum DocumentType {
    INVOICE,
    CREDIT_NOTE
}
