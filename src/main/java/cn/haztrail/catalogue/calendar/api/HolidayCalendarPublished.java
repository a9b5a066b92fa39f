package cn.haztrail.catalogue.calendar.api;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * An administrator set a year's calendar (R16): its public holidays and the weekend days worked in exchange.
 *
 * @param notice   the notice it follows, e.g. 国务院办公厅关于2027年部分节假日安排的通知
 * @param replaced whether it replaced an earlier calendar of the year (stored, or shipped with the release)
 */
@Revision("1")
public record HolidayCalendarPublished(UUID calendarId, int year, String notice, List<CalendarDate> holidays,
                                       List<CalendarDate> workdays, boolean replaced) {
}
