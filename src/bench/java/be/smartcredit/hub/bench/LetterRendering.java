package be.smartcredit.hub.bench;

import be.smartcredit.hub.document.BareFop;
import be.smartcredit.hub.document.LetterRenderer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Letters: the hub's {@link LetterRenderer} (data to XML, the XSL-FO layout, FOP, PDF/A with embedded fonts and
 * the EPC QR code) against bare FOP rendering the FO the same layout makes of the same letter.
 */
final class LetterRendering {

    private static final int WARM_UP = 50;

    private final LetterRenderer renderer;
    private final BenchInput input;
    private final BareFop bareFop = new BareFop();

    LetterRendering(LetterRenderer renderer, BenchInput input) {
        this.renderer = renderer;
        this.input = input;
    }

    /** One thread each (the ratio), then two threads each, as the dispatcher's two consumers render (the rate). */
    List<Result> run(int count, Path jfrFolder) throws InterruptedException {
        LocalDate date = LocalDate.of(2018, 6, 1);
        for (int i = 0; i < WARM_UP; i++) {
            bareFop.render(bareFop.foOf(input.reminder(i, date)));
            renderer.render(input.reminder(i, date));
        }
        List<String> fo = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            fo.add(bareFop.foOf(input.reminder(i, date)));
        }
        return List.of(oneThread(count, date, fo, jfrFolder), twoThreads(count, date, fo, jfrFolder));
    }

    private Result oneThread(int count, LocalDate date, List<String> fo, Path jfrFolder) {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            bareFop.render(fo.get(i));
        }
        double baseline = Spec.secondsSince(started);

        Spec spec = new Spec("Letters", "LetterRenderer: XML, XSL-FO, FOP, PDF/A, QR", "bare FOP on the same FO",
                count, "letters", Target.minRatio(0.85));
        try (Probe probe = Probe.start(spec.measurement(), jfrFolder)) {
            started = System.nanoTime();
            long bytes = 0;
            for (int i = 0; i < count; i++) {
                bytes += renderer.render(input.reminder(i, date)).length;
            }
            return spec.result(Spec.secondsSince(started), baseline, probe,
                    String.format(Locale.ROOT, "one thread each; %d KB per PDF", bytes / count / 1024));
        }
    }

    private Result twoThreads(int count, LocalDate date, List<String> fo, Path jfrFolder)
            throws InterruptedException {
        double baseline = inTwoThreads(count, i -> bareFop.render(fo.get(i)));
        Spec spec = new Spec("Letters, 2 threads", "LetterRenderer in two threads", "bare FOP in two threads",
                count, "letters", Target.minRate(60));
        try (Probe probe = Probe.start(spec.measurement(), jfrFolder)) {
            double seconds = inTwoThreads(count, i -> renderer.render(input.reminder(i, date)));
            return spec.result(seconds, baseline, probe, "two threads each, as the dispatcher's two consumers");
        }
    }

    private static double inTwoThreads(int count, IntConsumer render) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        long started = System.nanoTime();
        for (int t = 0; t < 2; t++) {
            threads.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    render.accept(i);
                }
            });
        }
        threads.shutdown();
        if (!threads.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("letters in two threads did not finish within an hour");
        }
        return Spec.secondsSince(started);
    }
}
