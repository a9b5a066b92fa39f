package cn.haztrail.production;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Polls until a condition holds, with a deadline instead of fixed sleeps. */
final class Await {

    private Await() {
    }

    /** Returns the first value that satisfies {@code done}. */
    static <T> T value(String what, Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> done)
            throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<T> seen = new java.util.concurrent.atomic.AtomicReference<>();
        until(what, timeout, probe, value -> {
            seen.set(value);
            return done.test(value);
        });
        return seen.get();
    }

    /** Returns the time it took; fails with {@code what} and the last value seen at the deadline. */
    static <T> Duration until(String what, Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> done)
            throws InterruptedException {
        Instant start = Instant.now();
        T last = null;
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            try {
                last = probe.get();
                if (done.test(last)) {
                    return Duration.between(start, Instant.now());
                }
            } catch (RuntimeException notYet) {
                last = null;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Timed out after " + timeout + " waiting until " + what + "; last seen: " + last);
    }
}
