package cn.haztrail.catalogue.calendar.web;

import cn.haztrail.catalogue.SpecialDay;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

@Schema(description = "The calendar working days are counted with in a year (R16)")
public record CalendarView(
        @Schema(example = "2027") int year,
        @Schema(description = "STORED: set by an administrator; SHIPPED: reference/holidays/<year>.csv of the release",
                allowableValues = {"STORED", "SHIPPED"}) String source,
        @Schema(nullable = true, example = "国务院办公厅关于2027年部分节假日安排的通知") String notice,
        @Schema(description = "When an administrator stored it; absent for a shipped calendar", nullable = true)
        Instant storedAt,
        List<Day> holidays,
        List<Day> workdays) {

    @Schema(name = "CalendarDayView", description = "A day the holiday notice names")
    public record Day(@Schema(example = "2027-01-01") LocalDate date, @Schema(example = "元旦") String name) {
    }

    static CalendarView of(int year, String source, String notice, Instant storedAt, List<SpecialDay> days) {
        return new CalendarView(year, source, notice, storedAt, of(days, SpecialDay.Kind.HOLIDAY),
                of(days, SpecialDay.Kind.WORKDAY));
    }

    private static List<Day> of(List<SpecialDay> days, SpecialDay.Kind kind) {
        return days.stream().filter(day -> day.kind() == kind).map(day -> new Day(day.date(), day.name()))
                .sorted(Comparator.comparing(Day::date)).toList();
    }
}
