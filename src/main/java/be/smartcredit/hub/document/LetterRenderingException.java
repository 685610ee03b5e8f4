package be.smartcredit.hub.document;

/** A letter could not be rendered to a correct PDF; the cause says why. */
public class LetterRenderingException extends RuntimeException {

    public LetterRenderingException(String message) {
        super(message);
    }

    public LetterRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
