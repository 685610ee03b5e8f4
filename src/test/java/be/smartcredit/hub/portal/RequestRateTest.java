package be.smartcredit.hub.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestRateTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void refusesACallerPastItsRequestsPerMinuteUntilTheMinuteHasPassed() {
        RequestRate rate = new RequestRate(2);

        boolean first = rate.allow("10.0.0.1", NOW);
        boolean second = rate.allow("10.0.0.1", NOW.plusSeconds(10));
        boolean third = rate.allow("10.0.0.1", NOW.plusSeconds(20));
        boolean otherCaller = rate.allow("10.0.0.2", NOW.plusSeconds(20));
        boolean aMinuteLater = rate.allow("10.0.0.1", NOW.plusSeconds(61));

        assertThat(first).isTrue();
        assertThat(second).isTrue();
        assertThat(third).isFalse();
        assertThat(otherCaller).isTrue();
        assertThat(aMinuteLater).isTrue();
    }
}
