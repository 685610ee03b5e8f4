package be.smartcredit.hub.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one source of "today" and "now" for the whole hub, in Europe/Brussels. A fixed date (from
 * {@code smartcredit.clock.today} or set by a test or demo) replaces the calendar date and keeps the real
 * time of day; a fixed moment (with {@code smartcredit.clock.time}, or {@link #fix(ZonedDateTime)}) sets
 * date and time, and the clock runs on from there.
 */
@Component
public class HubClock {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final Logger log = LoggerFactory.getLogger(HubClock.class);

    private final Clock system;
    private final AtomicReference<Clock> fixed = new AtomicReference<>();
    private final AtomicReference<LocalDate> fixedDate = new AtomicReference<>();

    @Autowired
    public HubClock(HubSettings settings) {
        this(settings, Clock.system(BRUSSELS));
    }

    HubClock(HubSettings settings, Clock system) {
        this.system = system;
        HubSettings.Clock clock = settings.clock();
        if (clock != null && clock.today() != null && clock.time() != null) {
            fix(ZonedDateTime.of(clock.today(), clock.time(), BRUSSELS));
        } else if (clock != null && clock.today() != null) {
            fix(clock.today());
        }
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    /** The current moment in Brussels: on a fixed date, that date at the current time of day. */
    public ZonedDateTime now() {
        Clock moment = fixed.get();
        if (moment != null) {
            return ZonedDateTime.now(moment);
        }
        ZonedDateTime real = ZonedDateTime.now(system);
        LocalDate date = fixedDate.get();
        return date == null ? real : real.with(date);
    }

    /** Fixes the date; the time of day stays the real one. */
    public void fix(LocalDate date) {
        fixed.set(null);
        fixedDate.set(date);
        log.info("Clock fixed at date='{}'.", date);
    }

    /** Sets the clock to a moment, from which it runs on at the real pace. */
    public void fix(ZonedDateTime moment) {
        Duration offset = Duration.between(system.instant(), moment.toInstant());
        fixedDate.set(null);
        fixed.set(Clock.offset(system, offset).withZone(BRUSSELS));
        log.info("Clock set to moment='{}'.", moment.withZoneSameInstant(BRUSSELS));
    }
}
