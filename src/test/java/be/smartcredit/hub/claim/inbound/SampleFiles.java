package be.smartcredit.hub.claim.inbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared UBL sample files, looking upwards from the working directory first. */
final class SampleFiles {

    private static final Path FALLBACK = Path.of("/work/shared/samples");

    private SampleFiles() {
    }

    static Path ublDirectory() {
        return samplesDirectory().resolve("ubl");
    }

    static List<Path> allUbl() {
        try (Stream<Path> files = Files.list(ublDirectory())) {
            return files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] ubl(String fileName) {
        try {
            return Files.readAllBytes(ublDirectory().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path samplesDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return FALLBACK;
    }
}
