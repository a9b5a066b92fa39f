package cn.haztrail.shared.time;

import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * R25's order of steps within one aggregate: the steps that happened, in order, with their business times. A new
 * step may not be earlier than any of them; the refusal names the first one it would precede (a pickup dated before
 * the draft names the draft, not the submission). Steps stored before business times were kept (null) constrain
 * nothing. Aggregates keep one and move it only in their event sourcing handlers.
 *
 * <p>Steps stated by different parties come from different clocks (a carrier's handheld, the server's recording
 * instant for a step entered live), which may disagree by up to the clock skew: a step that precedes an earlier one
 * by no more than that is taken as simultaneous, anything more is out of order.
 */
public final class Chronology {

    private record Step(Translatable name, Instant at) {
    }

    private final List<Step> steps = new ArrayList<>();

    /**
     * @param field the request field that states the step's time
     * @param step  the step being recorded, as a user reads it ({@code step.pickup})
     */
    public void requireNotBeforeAny(String field, Translatable step, Instant at, Duration clockSkew) {
        steps.stream().filter(earlier -> at.plus(clockSkew).isBefore(earlier.at())).findFirst()
                .ifPresent(earlier -> requireNotBefore(field, step, at, earlier.name(), earlier.at()));
    }

    /** The step happened at {@code at}; null (a step stored before business times were kept) moves nothing. */
    public void passed(Translatable step, Instant at) {
        if (at != null) {
            steps.add(new Step(step, at));
        }
    }

    /** Refuses {@code at} when it lies before {@code earlierAt}, naming the earlier step and its time (R25). */
    public static void requireNotBefore(String field, Translatable step, Instant at, Translatable earlierStep,
                                        Instant earlierAt) {
        if (at != null && earlierAt != null && at.isBefore(earlierAt)) {
            throw CommandRefused.ruleViolated("R25", field, Translatable.of("refused.shared.step-out-of-order",
                    step, at, earlierStep, earlierAt));
        }
    }
}
