package be.smartcredit.hub.claim.inbound;

/** Says why an inbound document cannot become a claim: which file, where in it, and what is wrong. */
public class UnreadableDocumentException extends RuntimeException {

    private final String fileName;
    private final String location;
    private final String reason;

    public UnreadableDocumentException(String fileName, String location, String reason) {
        this(fileName, location, reason, null);
    }

    public UnreadableDocumentException(String fileName, String location, String reason, Throwable cause) {
        super("Cannot read '" + fileName + "' at " + location + ": " + reason, cause);
        this.fileName = fileName;
        this.location = location;
        this.reason = reason;
    }

    /** The name the document arrived under. */
    public String fileName() {
        return fileName;
    }

    /** Where the problem is: a line and column, an element, or the whole document. */
    public String location() {
        return location;
    }

    /** What is wrong, in words a person handling the quarantine folder can act on. */
    public String reason() {
        return reason;
    }
}
