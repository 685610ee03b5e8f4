package be.smartcredit.hub.claim;

/** A readable document the hub will not take for this client, with the reason. */
public class DocumentRejectedException extends RuntimeException {

    public DocumentRejectedException(String fileName, String reason) {
        super(fileName + ": " + reason);
    }
}
