package be.smartcredit.hub.bench;

import be.smartcredit.hub.claim.InboundFiles;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * CSV ingest: the hub reads the demo connector's exports row by row into claims through {@link InboundFiles};
 * the baseline is PostgreSQL's COPY of the same files into a table of the same columns.
 */
final class CsvIngest {

    private static final int ROWS_PER_FILE = 10_000;

    private final InboundFiles inbound;
    private final DataSource dataSource;
    private final BenchInput input;

    CsvIngest(InboundFiles inbound, DataSource dataSource, BenchInput input) {
        this.inbound = inbound;
        this.dataSource = dataSource;
        this.input = input;
    }

    Result run(int rows, Path work, Path jfrFolder) throws Exception {
        List<byte[]> files = new ArrayList<>();
        for (int first = 0; first < rows; first += ROWS_PER_FILE) {
            files.add(input.csvExport("BENCH-C", first, Math.min(ROWS_PER_FILE, rows - first),
                    LocalDate.of(2018, 3, 1)));
        }
        double baseline = copy(files);

        Spec spec = new Spec("CSV ingest", "InboundFiles: CSV rows to claims", "PostgreSQL COPY", rows, "rows",
                Target.minRate(20_000));
        Files.createDirectories(work);
        try (Probe probe = Probe.start(spec.measurement(), jfrFolder)) {
            long started = System.nanoTime();
            long stored = 0;
            for (int i = 0; i < files.size(); i++) {
                stored += inbound.receive(files.get(i), "bench-" + i + ".csv", BenchHub.CONNECTOR, InboundFiles.CSV,
                        "bench", work.resolve(i + ".result.csv"), work.resolve(i + ".failed.csv")).claimIds().size();
            }
            return spec.result(Spec.secondsSince(started), baseline, probe,
                    String.format(Locale.ROOT, "%d claims stored, %d files", stored, files.size()));
        }
    }

    private double copy(List<byte[]> files) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("SET DateStyle = 'ISO, DMY'");
            sql.execute("""
                    CREATE TEMPORARY TABLE bench_csv_copy (number text, issue_date date, due_date date, amount text,
                        currency char(3), debtor_name text, street text, postcode text, city text, country text,
                        email text, vat text, language text, payment_terms text, credit_note_for text)""");
            long started = System.nanoTime();
            for (byte[] file : files) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_csv_copy FROM STDIN WITH "
                        + "(FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'WIN1252')",
                        new ByteArrayInputStream(file));
            }
            double seconds = Spec.secondsSince(started);
            sql.execute("DROP TABLE bench_csv_copy");
            return seconds;
        }
    }
}
