package be.smartcredit.hub.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Watches one measurement: samples the used heap every 20 ms (keeping the peak) and records a JFR profile, whose
 * execution samples give the top frames: the methods the CPU was in, and the hub's own methods on those stacks.
 */
final class Probe implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-heap-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final Recording recording;
    private final Path file;

    private Probe(String name, Path folder) throws IOException, ParseException {
        sample();
        sampler.scheduleAtFixedRate(this::sample, 0, 20, TimeUnit.MILLISECONDS);
        Files.createDirectories(folder);
        file = folder.resolve(name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT) + ".jfr");
        // JFR's "default" settings (execution samples every 20 ms) cost about 1%; "profile" slowed the XSLT-heavy
        // paths by a fifth, and the baselines run without a recording.
        recording = new Recording(Configuration.getConfiguration("default"));
        // Execution samples see only running threads; the time spent waiting for PostgreSQL shows as socket reads,
        // every one of them recorded here (a few microseconds each).
        recording.enable("jdk.SocketRead").withThreshold(Duration.ZERO).withStackTrace();
        recording.start();
    }

    static Probe start(String name, Path folder) {
        try {
            return new Probe(name, folder);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot start the JFR recording for " + name, e);
        }
    }

    long peakHeapMb() {
        sample();
        return peak.get() / (1024 * 1024);
    }

    /**
     * The top frames of the recording's samples taken in the hub's own code (a baseline recorded alongside has
     * none): leaf methods, then the innermost hub methods, each with its share.
     */
    List<String> topFrames(double hubSeconds) throws IOException {
        recording.stop();
        recording.dump(file);
        return framesOf(file, hubSeconds);
    }

    /** The same for a recording made elsewhere (the end-to-end hub's own process). */
    static List<String> framesOf(Path file, double hubSeconds) throws IOException {
        List<RecordedEvent> samples = RecordingFile.readAllEvents(file).stream()
                .filter(event -> event.getEventType().getName().equals("jdk.ExecutionSample"))
                .filter(event -> event.getStackTrace() != null && !event.getStackTrace().getFrames().isEmpty())
                .filter(event -> !innermostHubFrame(event).isEmpty())
                .toList();
        List<String> frames = new java.util.ArrayList<>(top(samples, Probe::leaf, 4, ""));
        frames.addAll(top(samples, Probe::innermostHubFrame, 3, "hub: "));
        frames.addAll(databaseWaits(RecordingFile.readAllEvents(file), (long) (hubSeconds * 1e9)));
        return frames;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        recording.close();
    }

    private void sample() {
        peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
    }

    private static List<String> top(List<RecordedEvent> samples, Function<RecordedEvent, String> frame, int limit,
            String prefix) {
        Map<String, Long> counts = samples.stream().map(frame).filter(name -> !name.isEmpty())
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(entry -> String.format(Locale.ROOT, "%s%s %.0f%%", prefix, entry.getKey(),
                        100.0 * entry.getValue() / Math.max(1, samples.size())))
                .toList();
    }

    /**
     * The time the hub's threads waited on socket reads (PostgreSQL, a broker across the network) as a share of the
     * hub's measured time: in all, then for the three hub methods that waited longest.
     */
    private static List<String> databaseWaits(List<RecordedEvent> events, long wallNanos) {
        Map<String, Long> waited = events.stream()
                .filter(event -> event.getEventType().getName().equals("jdk.SocketRead"))
                .filter(event -> event.getStackTrace() != null)
                .collect(Collectors.groupingBy(Probe::innermostHubFrame,
                        Collectors.summingLong(event -> event.getDuration().toNanos())));
        waited.remove("");
        long total = waited.values().stream().mapToLong(Long::longValue).sum();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format(Locale.ROOT, "waiting on sockets %.0f%% of the hub's time", share(total, wallNanos)));
        waited.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .forEach(entry -> lines.add(String.format(Locale.ROOT, "wait: %s %.0f%%", entry.getKey(),
                        share(entry.getValue(), wallNanos))));
        return lines;
    }

    private static double share(long part, long whole) {
        return 100.0 * part / Math.max(1, whole);
    }

    private static String leaf(RecordedEvent sample) {
        return name(sample.getStackTrace().getFrames().get(0));
    }

    private static String innermostHubFrame(RecordedEvent sample) {
        return sample.getStackTrace().getFrames().stream().map(Probe::name)
                .filter(name -> name.startsWith("be.smartcredit.hub.") && !name.startsWith("be.smartcredit.hub.bench"))
                .findFirst().orElse("");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
