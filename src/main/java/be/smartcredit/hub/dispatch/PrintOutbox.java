package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.platform.HubSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The day's print batch: one PDF per letter under {@code <data-dir>/outbox/print/<date>/}. Files are
 * written under a temporary name and renamed, so the print shop never picks up half a letter, and a
 * letter written again (a retry) replaces itself instead of printing twice.
 */
@Component
class PrintOutbox {

    private final Path root;

    PrintOutbox(HubSettings settings) {
        this.root = settings.outbox().resolve("print");
    }

    Path deliver(LocalDate batchDate, String fileName, byte[] pdf) {
        Path folder = root.resolve(batchDate.toString());
        Path target = folder.resolve(fileName);
        try {
            Files.createDirectories(folder);
            Path temporary = folder.resolve("." + fileName + ".tmp");
            Files.write(temporary, pdf);
            return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write print letter " + target, e);
        }
    }
}
