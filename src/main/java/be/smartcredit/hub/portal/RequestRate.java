package be.smartcredit.hub.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts requests per caller in a sliding minute and says when one has made too many. */
final class RequestRate {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    // Limitation: counts are kept per hub node and in memory (lost at a restart); callers are never forgotten,
    // so the map grows with the number of distinct addresses until the next restart.
    private final int perMinute;
    private final Map<String, Deque<Instant>> seen = new ConcurrentHashMap<>();

    RequestRate(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Records a request at {@code now}; false when the caller has used up its minute. */
    boolean allow(String caller, Instant now) {
        Deque<Instant> times = seen.computeIfAbsent(caller, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
