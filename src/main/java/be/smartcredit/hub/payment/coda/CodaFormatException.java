package be.smartcredit.hub.payment.coda;

/** Thrown when a CODA file cannot be read; the message names the file, the line, the record type and the reason. */
public class CodaFormatException extends RuntimeException {

    public CodaFormatException(String message) {
        super(message);
    }
}
