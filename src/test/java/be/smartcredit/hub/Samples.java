package be.smartcredit.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real sample files in {@code shared/samples} beside the checkout, found by walking up from the
 * working directory.
 */
public final class Samples {

    private Samples() {
    }

    /** The path of a sample given relative to shared/samples, such as {@code coda/tryton-coda_CODA.txt}. */
    public static Path path(String relative) {
        return root().resolve(relative);
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of one UBL sample, by file name. */
    public static byte[] ubl(String fileName) {
        return bytes("ubl/" + fileName);
    }

    /** The files of one sample folder ({@code ubl}, {@code coda}, {@code camt053}), sorted by name. */
    public static List<Path> folder(String name) {
        try (Stream<Path> files = Files.list(path(name))) {
            return files.filter(Files::isRegularFile).sorted().toList();
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
        throw new IllegalStateException("no shared/samples folder above " + Path.of("").toAbsolutePath()
                + ": the tests need the shared sample files beside the checkout");
    }
}
