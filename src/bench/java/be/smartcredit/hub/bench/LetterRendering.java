package be.smartcredit.hub.bench;

import be.smartcredit.hub.document.BareFop;
import be.smartcredit.hub.document.LetterRenderer;
import be.smartcredit.hub.document.ReminderLetter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Letters: the hub's {@link LetterRenderer} (data to XML, the XSL-FO layout, FOP, PDF/A with embedded fonts and
 * the EPC QR code) against bare FOP rendering the FO the same layout makes of the same letter.
 */
final class LetterRendering {

    private final LetterRenderer renderer;
    private final BenchInput input;
    private final BareFop bareFop = new BareFop();

    LetterRendering(LetterRenderer renderer, BenchInput input) {
        this.renderer = renderer;
        this.input = input;
    }

    Result run(int count, Path jfrFolder) {
        LocalDate date = LocalDate.of(2018, 6, 1);
        for (int i = 0; i < 20; i++) {
            bareFop.render(bareFop.foOf(input.reminder(i, date)));
            renderer.render(input.reminder(i, date));
        }

        long fopNanos = 0;
        for (int i = 0; i < count; i++) {
            String fo = bareFop.foOf(input.reminder(i, date));
            long started = System.nanoTime();
            bareFop.render(fo);
            fopNanos += System.nanoTime() - started;
        }

        Spec spec = new Spec("Letters", "LetterRenderer: XML, XSL-FO, FOP, PDF/A, QR", "bare FOP on the same FO",
                count, "letters", Target.minRate(60));
        try (Probe probe = Probe.start(spec.measurement(), jfrFolder)) {
            long started = System.nanoTime();
            long bytes = 0;
            for (int i = 0; i < count; i++) {
                ReminderLetter letter = input.reminder(i, date);
                bytes += renderer.render(letter).length;
            }
            double seconds = Spec.secondsSince(started);
            double ratio = fopNanos / 1e9 / seconds;
            return spec.result(seconds, fopNanos / 1e9, probe, String.format(Locale.ROOT,
                    "%d KB per PDF; ratio target >= 0.85: %s", bytes / count / 1024, ratio >= 0.85 ? "met" : "missed"));
        }
    }
}
