package be.smartcredit.hub.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes why an inbound file failed beside the file in quarantine; the file consumer moves the
 * file itself. The reason names the file and, where the reader knew it, the line, element or rule.
 */
@Component
public class Quarantine {

    public static final String NAME_HEADER = "SmartCreditQuarantineName";
    public static final String DIR_HEADER = "SmartCreditQuarantineDir";

    private static final Logger log = LoggerFactory.getLogger(Quarantine.class);

    public void explain(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String fileName = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        String name = exchange.getMessage().getHeader(NAME_HEADER, String.class);
        Path dir = Path.of(exchange.getMessage().getHeader(DIR_HEADER, String.class));

        String reason = reasonOf(failure);
        write(dir.resolve(name + ".error.txt"), report(fileName, reason, failure));
        log.warn("File quarantined: file='{}' quarantine='{}' reason='{}'.", fileName, name, reason);
    }

    /** The message of the failure itself, unwrapped from the exceptions Camel and reflection put around it. */
    public static String reasonOf(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root && isWrapper(root)) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static boolean isWrapper(Throwable failure) {
        return failure instanceof org.apache.camel.RuntimeCamelException
                || failure instanceof java.lang.reflect.InvocationTargetException
                || failure instanceof UncheckedIOException && failure.getMessage() == null;
    }

    private static String report(String fileName, String reason, Throwable failure) {
        return "file: " + fileName + System.lineSeparator()
                + "reason: " + reason + System.lineSeparator()
                + "error: " + (failure == null ? "-" : failure.getClass().getName()) + System.lineSeparator();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write quarantine report " + file, e);
        }
    }
}
