package be.smartcredit.hub.casework;

import java.time.Duration;

/** How long a handover waits before its next attempt: the backoff doubled per failed attempt, at most an hour. */
final class HandoverRetry {

    static final Duration MAX_WAIT = Duration.ofHours(1);

    private HandoverRetry() {
    }

    /** The wait after {@code failedAttempts} failures (1 for the first). */
    static Duration waitAfter(Duration backoff, int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration wait = backoff.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    /** Whether a handover that failed {@code failedAttempts} times is given up (a dead letter). */
    static boolean givesUp(int failedAttempts, int maxAttempts) {
        return failedAttempts >= Math.max(maxAttempts, 1);
    }
}
