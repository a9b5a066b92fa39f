package cn.haztrail.oversight.alerts;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Decides R46 for one watched medical stop, for the round's events and the scheduled check alike, from the events'
 * business times and the clock only: the alert stands from the stop's due time (see {@link WatchedRoundStop#dueAt})
 * until its wait ends. Whatever learns of a moment (an event's business time, the check's now) raises the alert if it
 * was due by then, so a replay, where the check does not run between the events, comes out the same as live.
 */
@Component
class RoundStopJudge {

    private final AlertBook book;
    private final Duration warning;
    private final ZoneId zone;

    RoundStopJudge(AlertBook book, RoundAlertProperties properties, WorkingDayCalendar calendar) {
        this.book = book;
        this.warning = properties.medicalWarning();
        this.zone = calendar.zone();
    }

    /** Raises the stop's alert if it was due by {@code at} and is not raised yet; whether it did. */
    boolean raiseIfDue(WatchedRoundStop stop, Instant at) {
        Instant due = stop.dueAt(warning);
        if (stop.isEnded() || stop.raisedAt() != null || due.isAfter(at)) {
            return false;
        }
        book.open(alert(stop, due));
        stop.raised(due);
        return true;
    }

    /**
     * The round set out: a stop whose alert was raised for the day that passed is judged again, since a start entered
     * late may show that the round set out in time after all.
     */
    void started(WatchedRoundStop stop, Instant startedAt) {
        stop.started(startedAt);
        if (stop.raisedAt() != null && !stop.raisedAt().equals(stop.dueAt(warning))) {
            book.withdraw(stop.alertId());
            stop.unraised();
        }
        raiseIfDue(stop, startedAt);
    }

    /**
     * The stop's wait ended at {@code at} (picked up, cancelled, round completed): the alert, if it was due by then,
     * stood until then; one raised for a due time after {@code at} (the end entered late) never stood.
     */
    void ended(WatchedRoundStop stop, Instant at) {
        raiseIfDue(stop, at);
        if (stop.raisedAt() != null) {
            book.close(stop.alertId(), at);
        }
        stop.ended();
    }

    private AlertRecord alert(WatchedRoundStop stop, Instant due) {
        Translatable detail = stop.dueForTheDay(warning)
                ? Translatable.of("alert.round-day-passed", stop.dayEnd().atZone(zone).toLocalDate().minusDays(1),
                        stop.limitAt())
                : Translatable.of("alert.round-medical-limit", stop.limitAt(), warning);
        return book.aboutManifest(stop.alertId(), AlertType.ROUND_MEDICAL_LIMIT, stop.manifestId(), due,
                AlertType.ROUND_MEDICAL_LIMIT.rule(), detail, stop.carrierId());
    }
}
