package be.smartcredit.hub.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures rendering time per layout after warm-up, for the log; the only check is that every run gives a PDF. */
class RenderSpeedTest {

    private static final Logger log = LoggerFactory.getLogger(RenderSpeedTest.class);
    private static final int WARM_UP = 5;
    private static final int MEASURED = 10;

    @Test
    void logsMillisecondsPerLetterForEachLayout() {
        LetterRenderer renderer = new LetterRenderer();

        for (LetterKind kind : LetterKind.values()) {
            Object sample = Letters.sample(kind, LetterLanguage.NL);
            for (int i = 0; i < WARM_UP; i++) {
                Letters.render(renderer, sample);
            }
            long started = System.nanoTime();
            long bytes = 0;
            for (int i = 0; i < MEASURED; i++) {
                byte[] pdf = Letters.render(renderer, sample);
                assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                bytes += pdf.length;
            }
            double ms = (System.nanoTime() - started) / 1e6 / MEASURED;

            log.info("Rendering speed kind='{}' ms_per_letter={} bytes_per_letter={}", kind,
                    String.format(java.util.Locale.ROOT, "%.1f", ms), bytes / MEASURED);
        }
    }
}
