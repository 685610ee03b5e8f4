package be.smartcredit.hub;

import be.smartcredit.hub.platform.HubClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

/** Data directories for tests that start the whole hub, and small look-ups in them. */
public final class TestData {

    private TestData() {
    }

    /** A fresh, empty data directory under target/, kept after the run for a person to inspect. */
    public static Path newDirectory(String name) {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(root, name + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regular files directly in {@code folder} whose names end with {@code suffix}, sorted. */
    public static List<Path> files(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Peppol base example as invoice {@code number} to a buyer of its own (its VAT, company id, Peppol
     * id and e-mail made unique by {@code buyer}), so that every such invoice is its own dossier and letter.
     */
    public static String baseExampleForOwnBuyer(String number, int buyer) {
        try {
            return Files.readString(Samples.path("ubl/peppol-bis-invoice-3_base-example.xml"))
                    .replaceFirst("<cbc:ID>Snippet1</cbc:ID>", "<cbc:ID>" + number + "</cbc:ID>")
                    .replace("SE4598375937", "SE" + (4_598_370_000L + buyer))
                    .replace("39937423947", String.valueOf(39_937_420_000L + buyer))
                    .replace("FR23342", "FR" + (23_342_000 + buyer))
                    .replace("lj@buyer.se", "buyer" + buyer + "@buyer.example");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The day at 10:00 Brussels time: inside the contact hours, so e-mail and texts leave at once. */
    public static ZonedDateTime officeHours(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(10, 0), HubClock.BRUSSELS);
    }
}
