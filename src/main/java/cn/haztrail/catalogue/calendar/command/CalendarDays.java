package cn.haztrail.catalogue.calendar.command;

import cn.haztrail.catalogue.calendar.api.CalendarDate;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a year's calendar must be to count working days with (R16): every date in the year, no date twice (neither
 * within a list nor as both a holiday and a working day), and make-up working days on weekends only, since a
 * weekday is a working day anyway and one listed there is a typing error.
 */
final class CalendarDays {

    private CalendarDays() {
    }

    static void check(int year, List<CalendarDate> holidays, List<CalendarDate> workdays) {
        if (holidays == null || holidays.isEmpty()) {
            throw CommandRefused.ruleViolated("R16", "holidays",
                    Translatable.of("refused.catalogue.calendar-without-holidays"));
        }
        Map<LocalDate, String> seen = new HashMap<>();
        checkList(year, "holidays", holidays, seen);
        checkList(year, "workdays", workdays == null ? List.of() : workdays, seen);
    }

    private static void checkList(int year, String list, List<CalendarDate> days, Map<LocalDate, String> seen) {
        for (int i = 0; i < days.size(); i++) {
            String field = list + "[" + i + "].date";
            LocalDate date = days.get(i).date();
            if (date == null) {
                throw CommandRefused.ruleViolated("R16", field, Translatable.of("refused.catalogue.date-missing"));
            }
            if (date.getYear() != year) {
                throw CommandRefused.ruleViolated("R16", field,
                        Translatable.of("refused.catalogue.date-in-other-year", date, year));
            }
            String earlier = seen.putIfAbsent(date, field);
            if (earlier != null) {
                throw CommandRefused.ruleViolated("R16", field,
                        Translatable.of("refused.catalogue.date-listed-twice", date, earlier));
            }
            DayOfWeek weekday = date.getDayOfWeek();
            if (list.equals("workdays") && weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                throw CommandRefused.ruleViolated("R16", field,
                        Translatable.of("refused.catalogue.workday-not-on-weekend",
                        date, weekday));
            }
        }
    }
}
