package cn.haztrail.shared.time;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The one policy every step's business time passes (R25, R26): not more than the clock skew in the future
 * ({@code haztrail.time.clock-skew}, default 5 minutes), and, when it lies more than the late-entry window before
 * now ({@code haztrail.time.late-entry-window}, default 1 working day), only with a late-entry reason and never more
 * than 10 working days before. Working days count as for receipt (R16): the step's own day does not count, the window
 * ends at midnight after its last working day. The order of steps is each aggregate's own ({@link Chronology}).
 */
@Component
public class StepTimes {

    /** The 2021 transfer rules let a paper manifest be entered within 10 working days. */
    public static final int LATE_ENTRY_LIMIT = 10;

    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final Duration clockSkew;
    private final int lateEntryWindow;

    public StepTimes(WorkingDayCalendar calendar, Clock clock,
                     @Value("${haztrail.time.clock-skew:PT5M}") Duration clockSkew,
                     @Value("${haztrail.time.late-entry-window:1}") int lateEntryWindow) {
        if (lateEntryWindow < 0 || lateEntryWindow > LATE_ENTRY_LIMIT) {
            throw new IllegalArgumentException("haztrail.time.late-entry-window must be 0.." + LATE_ENTRY_LIMIT
                    + " working days, not " + lateEntryWindow);
        }
        this.calendar = calendar;
        this.clock = clock;
        this.clockSkew = clockSkew;
        this.lateEntryWindow = lateEntryWindow;
    }

    /** How far clocks may disagree: how far a step may lie ahead, or before the step it follows (R25). */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** The recording instant: a step whose request states no time happens now. */
    public Instant now() {
        return clock.instant();
    }

    /** @return {@code stated}, or now when the request stated no time */
    public Instant orNow(Instant stated) {
        return stated == null ? now() : stated;
    }

    /** Refuses a business time in the future beyond the skew (R25). */
    public void requireNotAhead(String field, Instant businessTime) {
        Instant now = now();
        if (businessTime.isAfter(now.plus(clockSkew))) {
            throw CommandRefused.ruleViolated("R25", field, Translatable.of("refused.shared.time-in-future",
                    businessTime, now, clockSkew));
        }
    }

    /**
     * Refuses a business time in the future beyond the skew (R25) or recorded too late (R26).
     *
     * @param field the request field that states the time, named in the refusal
     */
    public void check(String field, Instant businessTime, LateEntryReason lateEntry) {
        requireNotAhead(field, businessTime);
        Instant now = now();
        if (!now.isBefore(calendar.deadlineAfter(businessTime, LATE_ENTRY_LIMIT))) {
            throw CommandRefused.ruleViolated("R26", field, Translatable.of("refused.shared.too-late-to-enter",
                    businessTime, LATE_ENTRY_LIMIT, now));
        }
        if (lateEntry == null && !now.isBefore(calendar.deadlineAfter(businessTime, lateEntryWindow))) {
            throw CommandRefused.ruleViolated("R26", "lateEntry",
                    Translatable.of("refused.shared.late-entry-without-reason",
                    businessTime, lateEntryWindow, now));
        }
    }
}
