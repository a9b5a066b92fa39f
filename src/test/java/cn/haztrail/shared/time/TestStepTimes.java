package cn.haztrail.shared.time;

import cn.haztrail.catalogue.TestReferenceData;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** {@link StepTimes} for aggregate fixtures, with the real calendar. */
public final class TestStepTimes {

    private TestStepTimes() {
    }

    /** The defaults (5 minutes skew, 1 working day window) at the instant {@code clock} tells. */
    public static StepTimes at(Clock clock) {
        return new StepTimes(TestReferenceData.calendar(), clock, Duration.ofMinutes(5), 1);
    }

    /**
     * For scenarios about other rules: now is fixed before any of their steps and the skew spans years, so no step is
     * late (R26) or ahead (R25); the order of steps (R25) still holds.
     */
    public static StepTimes notUnderTest() {
        return new StepTimes(TestReferenceData.calendar(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
                ZoneOffset.UTC), Duration.ofDays(3650), 1);
    }
}
