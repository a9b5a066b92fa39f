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

    public void advance(Duration duration) {
        offset.set(offset.get().plus(duration));
    }

    public void reset() {
        offset.remove();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
