package be.smartcredit.hub.claim.inbound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One reader for all tests in the run, because compiling the validation rules takes seconds. */
final class Readers {

    private static final Logger log = LoggerFactory.getLogger(Readers.class);

    private static InboundDocumentReader shared;

    private Readers() {
    }

    static synchronized InboundDocumentReader shared() {
        if (shared == null) {
            long start = System.nanoTime();
            shared = new InboundDocumentReader();
            log.info("Timing: phive registry init and rule compilation tookMs='{}'", millisSince(start));
        }
        return shared;
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
