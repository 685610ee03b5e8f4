package be.smartcredit.hub.dunning.law;

/** A rate table that cannot be used: unreadable, malformed, or silent about a day that is asked. */
public class RateTableException extends RuntimeException {

    RateTableException(String message) {
        super(message);
    }

    RateTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
