package be.smartcredit.hub.bench;

import be.smartcredit.hub.dunning.DunningRun;
import be.smartcredit.hub.payment.PaymentIntake;
import be.smartcredit.hub.payment.coda.CodaFixtures;
import be.smartcredit.hub.payment.coda.CodaFixtures.CreditPayment;
import be.smartcredit.hub.payment.statement.StatementReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The growth curve: for each claim count, the dunning run over the open claims (one in ten due) against one SQL
 * UPDATE over the due rows, then a CODA file paying one claim in ten, parsed against reading its lines, and
 * parsed and matched by the hub's payment intake.
 */
final class DunningAndMatching {

    private static final int MOVEMENTS_PER_STATEMENT = 9_999;

    /** How long the CODA parse is recorded, repeating the parse after the timed one. */
    private static final double PROFILE_SECONDS = 10;

    private final DunningRun dunning;
    private final PaymentIntake payments;
    private final DataSource dataSource;
    private final BenchDatabase database;
    private final List<String> names;

    DunningAndMatching(DunningRun dunning, PaymentIntake payments, DataSource dataSource, List<String> names) {
        this.dunning = dunning;
        this.payments = payments;
        this.dataSource = dataSource;
        this.database = new BenchDatabase(dataSource);
        this.names = names;
    }

    List<Result> run(long claims, LocalDate today, Path jfrFolder) throws Exception {
        database.clear();
        database.seed(claims, today, names);
        List<Result> results = new ArrayList<>();
        results.add(dunningRun(claims, today, jfrFolder));

        byte[] coda = codaPaying(claims / 10, today);
        results.add(codaParse(coda, claims, jfrFolder));
        results.add(codaMatch(coda, claims, jfrFolder));
        return results;
    }

    private Result dunningRun(long claims, LocalDate today, Path jfrFolder) throws Exception {
        double baseline = singleUpdate(today);
        Spec spec = new Spec("Dunning run, " + String.format(Locale.ROOT, "%,d", claims) + " claims",
                "DunningRun: review due dossiers, actions to the outbox", "one SQL UPDATE over the due rows", claims,
                "claims", Target.maxSeconds(30, Scale.FULL_CLAIMS));
        try (Probe probe = Probe.start(spec.measurement(), jfrFolder)) {
            long started = System.nanoTime();
            DunningRun.RunSummary summary = dunning.run(today);
            return spec.result(Spec.secondsSince(started), baseline, probe, String.format(Locale.ROOT,
                    "%d actions created, %d published", summary.actionsCreated(), summary.actionsPublished()));
        }
    }

    /** What the run decides, as one statement: the due dossiers' claims marked reminded; rolled back after. */
    private double singleUpdate(LocalDate today) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            sql.executeUpdate("UPDATE claims SET last_step = 'REMINDER_1', last_step_on = DATE '" + today
                    + "' WHERE dossier_id IN (SELECT id FROM dossiers WHERE status <> 'CLOSED' AND next_review_on <= "
                    + "DATE '" + today + "')");
            double seconds = Spec.secondsSince(started);
            connection.rollback();
            return seconds;
        }
    }

    private Result codaParse(byte[] coda, long claims, Path jfrFolder) throws IOException {
        double megabytes = coda.length / 1e6;
        long started = System.nanoTime();
        long lines = readLines(coda);
        double baseline = Spec.secondsSince(started);

        Spec spec = new Spec("CODA parse, " + String.format(Locale.ROOT, "%,d", claims / 10) + " movements",
                "StatementReader: CODA to statements", "reading the file line by line", claims / 10, "movements",
                Target.none());
        try (Probe probe = Probe.start(spec.measurement(), jfrFolder)) {
            started = System.nanoTime();
            int statements = new StatementReader().read(coda, "bench.cod").size();
            double seconds = Spec.secondsSince(started);
            // The time is the first parse's; the recording goes on parsing the same file until it has lasted
            // PROFILE_SECONDS, so that it holds enough samples (one every 20 ms) to say where a parse goes.
            int repeats = 0;
            while (Spec.secondsSince(started) < PROFILE_SECONDS) {
                new StatementReader().read(coda, "bench.cod");
                repeats++;
            }
            return spec.result(seconds, baseline, probe, String.format(Locale.ROOT, "%.1f MB: %.1f MB/s (target "
                    + ">= 50 MB/s: %s); %d lines, %d statements; recorded over %d more parses", megabytes,
                    megabytes / seconds, megabytes / seconds >= 50 ? "met" : "missed", lines, statements, repeats));
        }
    }

    private Result codaMatch(byte[] coda, long claims, Path jfrFolder) {
        Spec spec = new Spec("CODA parse + match, " + String.format(Locale.ROOT, "%,d", claims / 10)
                + " movements vs " + String.format(Locale.ROOT, "%,d", claims) + " claims",
                "PaymentIntake: parse, match, allocate, store", "-", claims / 10, "movements",
                Target.maxSeconds(15, Scale.FULL_CLAIMS / 10));
        try (Probe probe = Probe.start(spec.measurement(), jfrFolder)) {
            long started = System.nanoTime();
            PaymentIntake.FileApplied applied = payments.receive(coda, "bench-" + claims + ".cod");
            return spec.result(Spec.secondsSince(started), null, probe, String.format(Locale.ROOT,
                    "%d statements, %d payments matched", applied.statementsApplied(), applied.paymentsMatched()));
        }
    }

    private byte[] codaPaying(long count, LocalDate today) throws Exception {
        List<CreditPayment> all = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT structured_communication, open_amount FROM claims "
                        + "WHERE id % 10 = 5 ORDER BY id LIMIT " + count)) {
            while (rows.next()) {
                all.add(new CreditPayment(rows.getString(1), rows.getBigDecimal(2)));
            }
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int from = 0, number = 1; from < all.size(); from += MOVEMENTS_PER_STATEMENT, number++) {
            List<CreditPayment> part = all.subList(from, Math.min(all.size(), from + MOVEMENTS_PER_STATEMENT));
            file.write(CodaFixtures.creditPayments(number, today, part));
        }
        return file.toByteArray();
    }

    private static long readLines(byte[] coda) throws IOException {
        long lines = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(coda),
                BenchInput.WINDOWS_1252))) {
            while (reader.readLine() != null) {
                lines++;
            }
        }
        return lines;
    }
}
