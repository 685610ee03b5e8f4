package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily print batches: one PDF per letter under {@code <data-dir>/outbox/print/<date>/}, and a row
 * per letter for the manifest. A letter joins the batch of its day while that batch is open, else the
 * next open one; a retry of the same action stays in the batch it joined first.
 */
@Repository
class PrintBatches {

    private final JdbcClient jdbc;
    private final Path root;
    private final HubClock clock;
    private final String envelope;

    PrintBatches(JdbcClient jdbc, HubSettings hub, ChannelSettings settings, HubClock clock) {
        this.jdbc = jdbc;
        this.root = hub.outbox().resolve("print");
        this.clock = clock;
        this.envelope = settings.printShop().envelope();
    }

    /** Adds the letter to the open batch, in the caller's transaction; returns the PDF's path. */
    Path add(OutgoingLetter letter) {
        Optional<LocalDate> joined = jdbc.sql("SELECT batch_date FROM print_letters WHERE action_id = ?")
                .param(letter.actionId()).query(LocalDate.class).optional();
        LocalDate batch = joined.orElseGet(() -> openBatchFrom(clock.today()));
        if (joined.isEmpty()) {
            insert(batch, describe(letter));
        }
        return write(folder(batch), letter.fileName(), letter.pdf());
    }

    /** Whether the action's letter is in a batch (committed, or written by the caller's transaction). */
    boolean holds(long actionId) {
        return jdbc.sql("SELECT count(*) FROM print_letters WHERE action_id = ?").param(actionId)
                .query(Integer.class).single() > 0;
    }

    Path folder(LocalDate batchDate) {
        return root.resolve(batchDate.toString());
    }

    List<PrintLetter> letters(LocalDate batchDate) {
        return jdbc.sql("""
                SELECT action_id, file_name, addressee, address_lines, country_code, language, colour, pages,
                       registered, envelope FROM print_letters WHERE batch_date = ? ORDER BY action_id""")
                .param(batchDate)
                .query((rs, row) -> new PrintLetter(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Arrays.asList(rs.getString(4).split("\n")), rs.getString(5), rs.getString(6),
                        rs.getBoolean(7), rs.getInt(8), rs.getBoolean(9), rs.getString(10)))
                .list();
    }

    /** The first batch on or after the date that is still open; it is held open until the caller commits. */
    private LocalDate openBatchFrom(LocalDate date) {
        for (LocalDate day = date; ; day = day.plusDays(1)) {
            jdbc.sql("INSERT INTO print_batches (batch_date, status) VALUES (?, 'OPEN') ON CONFLICT DO NOTHING")
                    .param(day).update();
            String status = jdbc.sql("SELECT status FROM print_batches WHERE batch_date = ? FOR SHARE")
                    .param(day).query(String.class).single();
            if ("OPEN".equals(status)) {
                return day;
            }
        }
    }

    private PrintLetter describe(OutgoingLetter letter) {
        var debtor = letter.letter().debtor();
        boolean registered = letter.rules().registeredFormalNotice() && "FORMAL_NOTICE".equals(
                letter.pending().step());
        return new PrintLetter(letter.actionId(), letter.fileName(), debtor.name(), debtor.addressLines(),
                letter.pending().countryCode(), letter.letter().language().code(), letter.rules().colour(),
                pages(letter.pdf()), registered, envelope);
    }

    private void insert(LocalDate batch, PrintLetter letter) {
        jdbc.sql("""
                INSERT INTO print_letters (action_id, batch_date, file_name, addressee, address_lines, country_code,
                                           language, colour, pages, registered, envelope)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(letter.actionId(), batch, letter.fileName(), letter.addressee(),
                        String.join("\n", letter.addressLines()), letter.countryCode(), letter.language(),
                        letter.colour(), letter.pages(), letter.registered(), letter.envelope())
                .update();
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the pages of a rendered letter", e);
        }
    }

    /** Writes under a temporary name and renames, so the print shop never sees half a file. */
    static Path write(Path folder, String fileName, byte[] content) {
        Path target = folder.resolve(fileName);
        try {
            Files.createDirectories(folder);
            Path temporary = folder.resolve("." + fileName + ".tmp");
            Files.write(temporary, content);
            return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    static Path write(Path folder, String fileName, String content) {
        return write(folder, fileName, content.getBytes(StandardCharsets.UTF_8));
    }
}
