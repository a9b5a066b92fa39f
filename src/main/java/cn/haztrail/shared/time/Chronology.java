package cn.haztrail.shared.time;

import cn.haztrail.shared.domain.CommandRefused;

import java.time.Instant;

/**
 * R25's order of steps within one aggregate: the latest step that happened (by business time) and when. A new step
 * may not be earlier than it. Steps recorded before business times were kept in events (null) constrain nothing.
 * Aggregates keep one and move it only in their event sourcing handlers.
 */
public final class Chronology {

    private String lastStep;
    private Instant lastAt;

    /**
     * @param field the request field that states the step's time
     * @param step  the step being recorded, as a user reads it ("pickup")
     */
    public void requireNotBeforeLast(String field, String step, Instant at) {
        requireNotBefore(field, step, at, lastStep, lastAt);
    }

    /** The step happened at {@code at} (null: a step stored before business times were kept, which moves nothing). */
    public void passed(String step, Instant at) {
        if (at != null && (lastAt == null || !at.isBefore(lastAt))) {
            lastStep = step;
            lastAt = at;
        }
    }

    /** Refuses {@code at} when it lies before {@code earlierAt}, naming the earlier step and its time (R25). */
    public static void requireNotBefore(String field, String step, Instant at, String earlierStep, Instant earlierAt) {
        if (at != null && earlierAt != null && at.isBefore(earlierAt)) {
            throw CommandRefused.ruleViolated("R25", field, "the " + step + " at " + at + " cannot be before the "
                    + earlierStep + " at " + earlierAt);
        }
    }
}
