package be.smartcredit.hub.bench;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.support.HubProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * End to end: the packaged hub as its own process with {@code -Xmx512m}; Peppol invoices dropped in its folder
 * inbox, one dunning run, until every reminder PDF is in the print outbox. Peak heap comes from the hub's own
 * metrics endpoint, sampled every second.
 */
final class EndToEnd {

    private static final String TODAY = "2018-06-01";
    private static final Pattern HEAP_VALUE = Pattern.compile("\"statistic\":\"VALUE\",\"value\":([0-9.E+]+)");

    private final BenchInput input;
    private long peakHeap;

    EndToEnd(BenchInput input) {
        this.input = input;
    }

    Result run(int count, Path dataDir, Path jfrFolder, Duration patience) throws Exception {
        Spec spec = new Spec("End to end", "packaged hub, -Xmx512m: Peppol in, reminder PDFs in the print outbox",
                "-", count, "invoices", Target.maxSeconds(180, 10_000));
        Files.createDirectories(jfrFolder);
        Path recording = jfrFolder.resolve("end-to-end.jfr").toAbsolutePath();
        double seconds;
        double ingested;
        int printed;
        // The hub's process records itself and writes the recording when it stops, at the end of this block.
        try (HubProcess hub = new HubProcess(dataDir, "--smartcredit.clock.today=" + TODAY,
                "--smartcredit.dunning.cron=0 0 6 1 1 ? 2099",
                "--management.endpoints.web.exposure.include=health,info,metrics",
                "--logging.threshold.console=WARN")
                .withJvmOption("-XX:FlightRecorderOptions:stackdepth=256")
                .withJvmOption("-XX:StartFlightRecording:settings=default,dumponexit=true,filename=" + recording)) {
            hub.start();
            hub.awaitHealthy(HubProcess.START_PATIENCE);
            long deadline = System.nanoTime() + patience.toNanos();

            long started = System.nanoTime();
            drop(count, dataDir.resolve("inbox/demo/peppol"));
            await(hub, deadline, () -> taken(dataDir) >= count, "invoices taken");
            ingested = Spec.secondsSince(started);
            hub.post("/api/v1/dunning/runs").orElseThrow(() -> new IllegalStateException("the run was refused"));
            Path print = dataDir.resolve("outbox/print").resolve(TODAY);
            await(hub, deadline, () -> TestData.files(print, ".pdf").size() >= count, "letters printed");
            seconds = Spec.secondsSince(started);
            printed = TestData.files(print, ".pdf").size();
        }
        List<String> frames = Files.exists(recording) ? Probe.framesOf(recording, seconds)
                : List.of("no recording: the hub did not stop cleanly");
        return new Result(spec.measurement(), spec.hubPath(), "-", count, spec.unit(), seconds, null, null,
                count / seconds, spec.target().describe(spec.unit()),
                spec.target().isMet(null, count / seconds, seconds, count), peakHeap / (1024 * 1024), frames,
                String.format(Locale.ROOT, "ingest %.1f s, dunning and letters %.1f s; %d PDFs; recorded from the "
                        + "hub's start to its stop", ingested, seconds - ingested, printed));
    }

    private void drop(int count, Path inbox) throws IOException {
        Files.createDirectories(inbox);
        for (int i = 0; i < count; i++) {
            String name = String.format(Locale.ROOT, "e2e-%06d.xml", i);
            Files.write(inbox.resolve("." + name + ".part"), input.peppolInvoice("E2E-" + i, 200_000 + i));
            Files.move(inbox.resolve("." + name + ".part"), inbox.resolve(name));
        }
    }

    private void await(HubProcess hub, long deadline, java.util.function.BooleanSupplier done, String what)
            throws InterruptedException {
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("end to end: not all " + what + " within the patience");
            }
            sampleHeap(hub);
            Thread.sleep(1000);
        }
    }

    private void sampleHeap(HubProcess hub) {
        hub.get("/actuator/metrics/jvm.memory.used?tag=area:heap").ifPresent(body -> {
            Matcher value = HEAP_VALUE.matcher(body);
            if (value.find()) {
                peakHeap = Math.max(peakHeap, (long) Double.parseDouble(value.group(1)));
            }
        });
    }

    /** Files archived or quarantined: every dropped file ends in one of the two. */
    private static long taken(Path dataDir) {
        return count(dataDir.resolve("inbox/demo/peppol/.archive"), ".xml")
                + count(dataDir.resolve("quarantine/demo/peppol"), ".xml");
    }

    private static long count(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
