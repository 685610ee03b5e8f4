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
 * Listens to FOP's events for one rendering: font problems are collected, because FOP would otherwise print a
 * {@code #} for a missing glyph or quietly use another font, and a letter with a mangled name must not go out.
 */
final class RenderingEvents implements EventListener {

    private static final Logger log = LoggerFactory.getLogger(RenderingEvents.class);

    private final List<String> fontProblems = new ArrayList<>();

    @Override
    public void processEvent(Event event) {
        String message = EventFormatter.format(event);
        if (FontEventProducer.class.getName().equals(event.getEventGroupID())) {
            fontProblems.add(message);
        } else if (event.getSeverity() == EventSeverity.INFO) {
            log.debug("FOP: {}", message);
        } else {
            log.warn("FOP reported a {} while rendering a letter: {}", event.getSeverity(), message);
        }
    }

    /** Throws when any font problem was reported. */
    void requireNoFontProblems() {
        if (!fontProblems.isEmpty()) {
            throw new LetterRenderingException("the letter cannot be printed as written: " + fontProblems);
        }
    }
}
