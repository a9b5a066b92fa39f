package cn.haztrail.catalogue.calendar;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.shared.alerts.AdminAlertType;
import cn.haztrail.shared.alerts.AdminAlerts;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Warns administrators in time that a year has no holiday calendar: from 60 days before its 1 January (in
 * {@code haztrail.zone}) a CALENDAR_MISSING alert stands, and while the year goes on without one. Until a calendar
 * is added, that year's working days count weekends only, as if its notice declared nothing (R16). The alert closes
 * when the calendar is stored (at once, by the projection) or ships with a release (at the next check).
 */
@Component
public class CalendarWatch {

    static final int WARNING_DAYS = 60;

    private final WorkingDayCalendar calendar;
    private final AdminAlerts alerts;
    private final Clock clock;

    CalendarWatch(WorkingDayCalendar calendar, AdminAlerts alerts, Clock clock) {
        this.calendar = calendar;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Checks this year and the next; @return how many alerts it opened or closed */
    public int run() {
        Instant now = clock.instant();
        ZoneId zone = calendar.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        int changed = 0;
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            String subject = String.valueOf(year);
            LocalDate firstDay = LocalDate.of(year, 1, 1);
            LocalDate warnFrom = firstDay.minusDays(WARNING_DAYS);
            if (calendar.hasCalendar(year)) {
                changed += alerts.close(AdminAlertType.CALENDAR_MISSING, subject, now) ? 1 : 0;
            } else if (!today.isBefore(warnFrom)) {
                changed += alerts.open(AdminAlertType.CALENDAR_MISSING, subject,
                        warnFrom.atStartOfDay(zone).toInstant(), "No holiday calendar for " + year + ", which "
                                + "starts on " + firstDay + ": its working days count weekends only. Add it with "
                                + "PUT /api/v1/catalogue/calendars/" + year + ".") ? 1 : 0;
            }
        }
        return changed;
    }
}
