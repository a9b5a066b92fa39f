package cn.haztrail.contract;

import cn.haztrail.catalogue.calendar.api.CalendarDate;
import cn.haztrail.catalogue.calendar.api.HolidayCalendarIds;
import cn.haztrail.catalogue.calendar.api.HolidayCalendarPublished;

import java.time.LocalDate;
import java.util.List;

/** A fixed example of a year's holiday calendar as an administrator sets it (R16): the 2026 notice's 元旦 days. */
final class CalendarEventSamples {

    private CalendarEventSamples() {
    }

    static List<Object> all() {
        return List.of(new HolidayCalendarPublished(HolidayCalendarIds.of(2026), 2026,
                "国务院办公厅关于2026年部分节假日安排的通知",
                List.of(new CalendarDate(LocalDate.of(2026, 1, 1), "元旦"),
                        new CalendarDate(LocalDate.of(2026, 1, 2), "元旦"),
                        new CalendarDate(LocalDate.of(2026, 1, 3), "元旦")),
                List.of(new CalendarDate(LocalDate.of(2026, 1, 4), "元旦")), false));
    }
}
