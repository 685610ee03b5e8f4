package be.smartcredit.hub.payment.statement;

/** Thrown when a statement file cannot be read; the message names the file, the element or line, and the reason. */
public class StatementFormatException extends RuntimeException {

    public StatementFormatException(String fileName, String location, String reason) {
        super(fileName + " " + location + ": " + reason);
    }
}
