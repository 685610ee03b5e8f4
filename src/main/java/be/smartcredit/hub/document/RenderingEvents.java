package be.smartcredit.hub.document;

import java.util.ArrayList;
import java.util.List;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.apache.fop.fonts.FontEventProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to FOP's events for one rendering and collects the problems that make a letter unfit to send: font
 * problems, because FOP would otherwise print a {@code #} for a missing glyph or quietly use another font, and
 * errors, such as a logo that cannot be read, which FOP only logs while it carries on.
 */
final class RenderingEvents implements EventListener {

    private static final Logger log = LoggerFactory.getLogger(RenderingEvents.class);

    private final List<String> problems = new ArrayList<>();

    @Override
    public void processEvent(Event event) {
        String message = EventFormatter.format(event);
        if (FontEventProducer.class.getName().equals(event.getEventGroupID()) || isError(event.getSeverity())) {
            problems.add(message);
        } else if (event.getSeverity() == EventSeverity.INFO) {
            log.debug("FOP: {}", message);
        } else {
            log.warn("FOP reported a {} while rendering a letter: {}", event.getSeverity(), message);
        }
    }

    /** Throws when any problem was reported. */
    void requireNoProblems() {
        if (!problems.isEmpty()) {
            throw new LetterRenderingException("the letter cannot be printed as written: " + problems);
        }
    }

    private static boolean isError(EventSeverity severity) {
        return severity == EventSeverity.ERROR || severity == EventSeverity.FATAL;
    }
}
