package be.smartcredit.hub.bench;

import be.smartcredit.hub.claim.InboundFiles;
import be.smartcredit.hub.document.LetterRenderer;
import be.smartcredit.hub.dunning.DunningRun;
import be.smartcredit.hub.payment.PaymentIntake;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs every measurement in one JVM, prints the table and writes {@code target/bench/results.json}. A measurement
 * that fails is reported as failed and the others still run; nothing here judges the machine's speed.
 */
public final class BenchHarness {

    static final Path OUT = Path.of("target", "bench");
    private static final LocalDate TODAY = LocalDate.of(2018, 6, 1);

    private final Scale scale;
    private final BenchInput input = new BenchInput();
    private final List<Result> results = new ArrayList<>();
    private final Path run = OUT.resolve("run-" + System.currentTimeMillis());

    private BenchHarness(Scale scale) {
        this.scale = scale;
    }

    public static void main(String[] args) throws Exception {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Scale scale = Scale.fromSystemProperties();
        BenchHarness harness = new BenchHarness(scale);
        harness.inProcess();
        harness.endToEnd();

        Map<String, Object> machine = Report.machine(scale, load);
        Report.write(OUT.resolve("results.json"), machine, harness.results);
        System.out.println("\nBenchmark results (scale " + scale.factor() + ", " + machine + ")\n");
        System.out.println(Report.table(harness.results));
        harness.results.forEach(row -> System.out.println(row.measurement() + ": " + row.note() + "; top frames "
                + row.topFrames()));
        System.exit(0);
    }

    private void inProcess() throws Exception {
        try (ConfigurableApplicationContext hub = BenchHub.start(run.resolve("data"), run.resolve("hub.log"),
                TODAY.toString())) {
            InboundFiles inbound = hub.getBean(InboundFiles.class);
            DataSource dataSource = hub.getBean(DataSource.class);
            Path jfr = run.resolve("jfr");
            measure("peppol", () -> List.of(new PeppolIngest(inbound, input).run(scale.of(2_000), jfr)));
            measure("csv", () -> List.of(new CsvIngest(inbound, dataSource, input)
                    .run(scale.of(200_000), run.resolve("csv"), jfr)));
            measure("letters", () -> new LetterRendering(hub.getBean(LetterRenderer.class), input)
                    .run(scale.of(5_000), jfr));
            DunningAndMatching curve = new DunningAndMatching(hub.getBean(DunningRun.class),
                    hub.getBean(PaymentIntake.class), dataSource, input.buyerNames());
            for (long claims : scale.curve()) {
                measure("dunning", () -> curve.run(claims, TODAY, jfr));
            }
        }
    }

    private void endToEnd() {
        Duration patience = Duration.ofMinutes(Long.getLong("bench.e2e.patience-minutes", 40));
        measure("e2e", () -> List.of(new EndToEnd(input).run(scale.of(10_000), run.resolve("e2e").toAbsolutePath(),
                run.resolve("jfr"), patience)));
    }

    private void measure(String name, Measurement measurement) {
        if (!scale.runs(name)) {
            return;
        }
        try {
            List<Result> rows = measurement.run();
            rows.forEach(row -> System.out.println("Measured: " + row.measurement() + " in " + row.hubSeconds()
                    + " s"));
            results.addAll(rows);
        } catch (Exception e) {
            e.printStackTrace();
            results.add(Result.failed(name, e));
        }
    }

    /** One measurement, which may throw. */
    private interface Measurement {
        List<Result> run() throws Exception;
    }
}
