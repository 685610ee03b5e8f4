package be.smartcredit.hub.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one source of "today" for the whole hub, in Europe/Brussels; a fixed date (from
 * {@code smartcredit.clock.today} or set by a test or demo) replaces the calendar date.
 */
@Component
public class HubClock {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final Logger log = LoggerFactory.getLogger(HubClock.class);

    private final Clock system = Clock.system(BRUSSELS);
    private final AtomicReference<LocalDate> fixedDate = new AtomicReference<>();

    public HubClock(HubSettings settings) {
        if (settings.clock().today() != null) {
            fix(settings.clock().today());
        }
    }

    public LocalDate today() {
        LocalDate fixed = fixedDate.get();
        return fixed != null ? fixed : LocalDate.now(system);
    }

    /** The current moment; on a fixed date, that date at the current time of day. */
    public ZonedDateTime now() {
        ZonedDateTime real = ZonedDateTime.now(system);
        LocalDate fixed = fixedDate.get();
        return fixed == null ? real : real.with(fixed);
    }

    public void fix(LocalDate date) {
        fixedDate.set(date);
        log.info("Clock fixed at date='{}'.", date);
    }
}
