package cn.haztrail.oversight.integrity;

import java.time.Duration;

/** A seal on demand asked for too soon after the latest seal (R23): answered 429 with Retry-After. */
class SealTooSoon extends RuntimeException {

    private final Duration wait;

    SealTooSoon(Duration wait) {
        super("the next seal on demand may be taken in " + wait);
        this.wait = wait;
    }

    /** Whole seconds, rounded up, at least 1. */
    long retryAfterSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
