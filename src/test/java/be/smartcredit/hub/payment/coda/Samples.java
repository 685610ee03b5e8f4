package be.smartcredit.hub.payment.coda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds the shared real sample files, walking up from the working directory to the folder holding shared/samples. */
final class Samples {

    private static final Path FALLBACK = Path.of("/work/shared/samples");

    private Samples() {
    }

    /** The path of a sample given relative to shared/samples, such as {@code coda/tryton-coda_CODA.txt}. */
    static Path path(String relative) {
        return root().resolve(relative);
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> codaFiles() {
        try {
            return Files.list(path("coda")).sorted();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return FALLBACK;
    }
}
