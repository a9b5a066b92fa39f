package cn.haztrail.catalogue.calendar.query;

import cn.haztrail.catalogue.SpecialDay;
import cn.haztrail.catalogue.calendar.api.CalendarDate;
import cn.haztrail.catalogue.calendar.api.HolidayCalendarPublished;
import cn.haztrail.shared.alerts.AdminAlertType;
import cn.haztrail.shared.alerts.AdminAlerts;
import cn.haztrail.shared.axon.AuditMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The stored calendars as the working-day calendar reads them, updated in the publishing transaction (subscribing),
 * so that no node counts a deadline with the old calendar once the answer has been given. The year's
 * CALENDAR_MISSING alert closes with it.
 */
@Component
@ProcessingGroup(CalendarProjection.GROUP)
class CalendarProjection {

    static final String GROUP = "calendar-view";

    private final JdbcTemplate jdbc;
    private final AdminAlerts alerts;
    private final StoredCalendarYears calendars;

    CalendarProjection(JdbcTemplate jdbc, AdminAlerts alerts, StoredCalendarYears calendars) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.calendars = calendars;
    }

    @EventHandler
    void on(HolidayCalendarPublished event, @SequenceNumber long version, @Timestamp Instant recordedAt,
            MetaData metaData) {
        jdbc.update("delete from holiday_calendar_day where calendar_year = ?", event.year());
        jdbc.update("delete from holiday_calendar where calendar_year = ?", event.year());
        jdbc.update("insert into holiday_calendar (calendar_year, calendar_id, notice, published_at, version) "
                + "values (?, ?, ?, ?, ?)", event.year(), event.calendarId(), event.notice(),
                recordedAt.atOffset(ZoneOffset.UTC), version);
        insert(event.year(), event.holidays(), SpecialDay.Kind.HOLIDAY);
        insert(event.year(), event.workdays(), SpecialDay.Kind.WORKDAY);
        calendars.forget();
        // closed as of when the administrator added it (R22 business time)
        alerts.close(AdminAlertType.CALENDAR_MISSING, String.valueOf(event.year()),
                AuditMetadata.businessTime(metaData, recordedAt));
    }

    private void insert(int year, List<CalendarDate> days, SpecialDay.Kind kind) {
        jdbc.batchUpdate("insert into holiday_calendar_day (calendar_year, calendar_date, kind, name) "
                + "values (?, ?, ?, ?)", days.stream().map(day -> new Object[]{year, day.date(), kind.name(),
                day.name()}).toList());
    }
}
