package be.smartcredit.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class HubClockTest {

    private static final Instant REAL = Instant.parse("2026-12-04T18:00:00Z");

    @Test
    void keepsTheRealTimeOfDayOnAFixedDate() {
        HubClock clock = new HubClock(settings(null, null), Clock.fixed(REAL, HubClock.BRUSSELS));

        clock.fix(LocalDate.of(2018, 6, 1));

        assertThat(clock.today()).isEqualTo(LocalDate.of(2018, 6, 1));
        assertThat(clock.now().toLocalTime()).isEqualTo(LocalTime.of(19, 0));
    }

    @Test
    void startsAtAFixedMomentAndRunsOnFromThere() {
        MovingClock real = new MovingClock();
        HubClock clock = new HubClock(settings(null, null), real);
        ZonedDateTime lateEvening = ZonedDateTime.of(2018, 6, 1, 23, 30, 0, 0, HubClock.BRUSSELS);

        clock.fix(lateEvening);
        real.advance(Duration.ofMinutes(45));

        assertThat(clock.now()).isEqualTo(lateEvening.plusMinutes(45));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2018, 6, 2));
    }

    @Test
    void takesDateAndTimeFromTheSettings() {
        HubClock clock = new HubClock(settings(LocalDate.of(2018, 3, 1), LocalTime.of(8, 5)),
                Clock.fixed(REAL, HubClock.BRUSSELS));

        ZonedDateTime now = clock.now();

        assertThat(now).isEqualTo(ZonedDateTime.of(2018, 3, 1, 8, 5, 0, 0, HubClock.BRUSSELS));
    }

    private static HubSettings settings(LocalDate today, LocalTime time) {
        return new HubSettings(Path.of("data"), Path.of("connectors"), null, new HubSettings.Clock(today, time),
                null, null, null, null);
    }

    /** A real clock a test can move forward. */
    private static final class MovingClock extends Clock {

        private Instant now = REAL;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return HubClock.BRUSSELS;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
