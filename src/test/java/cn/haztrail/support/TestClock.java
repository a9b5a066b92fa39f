package cn.haztrail.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in integration tests: the system clock, which a test may move forward for its own thread
 * only. MockMvc runs a request on the test's thread, so the test's requests see the moved time, while schedulers and
 * event processors working for other tests in the shared context keep the real time. Call {@link #reset()} when done.
 */
public class TestClock extends Clock {

    private final ThreadLocal<Duration> offset = ThreadLocal.withInitial(() -> Duration.ZERO);
    private final ThreadLocal<Instant> frozenAt = new ThreadLocal<>();

    public void advance(Duration duration) {
        offset.set(offset.get().plus(duration));
    }

    /**
     * Stops the time for the test's thread (only {@link #advance} moves it), for tests whose expectations count
     * seconds: on a loaded machine the real seconds between two requests would otherwise count too.
     */
    public void freeze() {
        frozenAt.set(Instant.now());
    }

    public void reset() {
        offset.remove();
        frozenAt.remove();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return frozenAt.get() == null ? Clock.offset(Clock.system(zone), offset.get()) : Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt.get();
        return (frozen == null ? Instant.now() : frozen).plus(offset.get());
    }
}
