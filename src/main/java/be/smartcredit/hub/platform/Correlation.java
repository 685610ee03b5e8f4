package be.smartcredit.hub.platform;

import org.slf4j.MDC;

/**
 * The correlation id that follows an inbound file to the letters sent about its claims: made from the file's content
 * hash, kept on the claim and on each action, and put in the log context ({@code correlationId}) while either is
 * worked on, so every log line about one file and its letters can be found together.
 */
public final class Correlation {

    /** The log context key; JSON logs carry it as a field, the plain pattern in brackets. */
    public static final String MDC_KEY = "correlationId";

    private static final int HASH_CHARACTERS = 16;

    private Correlation() {
    }

    /** The id of an inbound file, from the hex SHA-256 of its content. */
    public static String ofContent(String sha256Hex) {
        return "in-" + sha256Hex.substring(0, HASH_CHARACTERS);
    }

    /** The id in the log context of this thread, or null. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }

    /** Puts the id in the log context until the returned scope is closed; a null id changes nothing. */
    public static Scope open(String correlationId) {
        if (correlationId == null) {
            return () -> { };
        }
        String before = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, correlationId);
        return () -> {
            if (before == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, before);
            }
        };
    }

    /** A log context that ends without an exception. */
    public interface Scope extends AutoCloseable {

        @Override
        void close();
    }
}
