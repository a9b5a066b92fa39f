package cn.haztrail.console.label;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Limits public label checks per client address in fixed windows of a minute, so the public page cannot be used to
 * walk through label ids. Counted per node, in memory: the limit is a brake, not an account; the map only ever holds
 * the current window's addresses.
 */
@Component
class LabelCheckRateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perWindow;
    private final Clock clock;
    private final Map<String, Integer> counts = new HashMap<>();
    private Instant windowStart = Instant.EPOCH;

    LabelCheckRateLimit(@Value("${haztrail.console.label-checks-per-minute:30}") int perWindow, Clock clock) {
        this.perWindow = perWindow;
        this.clock = clock;
    }

    /** Counts a check from this address; false once it made more than the limit in the current window. */
    synchronized boolean allow(String address) {
        Instant now = clock.instant();
        if (!now.isBefore(windowStart.plus(WINDOW)) || now.isBefore(windowStart)) {
            windowStart = now;
            counts.clear();
        }
        return counts.merge(address, 1, Integer::sum) <= perWindow;
    }

    long secondsLeft() {
        return Math.max(1, Duration.between(clock.instant(), windowStart.plus(WINDOW)).toSeconds());
    }
}
