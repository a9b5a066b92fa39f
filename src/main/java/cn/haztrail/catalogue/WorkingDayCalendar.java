package cn.haztrail.catalogue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days for the legal time limits (rule R16: acceptance within 5 working days of arrival; paper back-entry
 * within 10). A working day is a Monday to Friday that is not a public holiday, or a weekend day the holiday notice
 * makes a working day (调休上班). Holidays come from {@code reference/holidays/<year>.csv}; a year without a file counts
 * weekends only. Extra days from configuration ({@code haztrail.calendar.extra-holidays},
 * {@code haztrail.calendar.extra-workdays}) override the files, for a notice that arrives before a release.
 */
public class WorkingDayCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final Map<LocalDate, Boolean> working = new HashMap<>();
    private final SortedSet<Integer> yearsWithCalendar = new TreeSet<>();
    private final ZoneId zone;

    /**
     * @param zone the zone in which days begin and end, Asia/Shanghai by default ({@code haztrail.zone})
     * @throws IllegalStateException if a date is both an extra holiday and an extra working day
     */
    public WorkingDayCalendar(Collection<SpecialDay> notices, Collection<LocalDate> extraHolidays,
                              Collection<LocalDate> extraWorkdays, ZoneId zone) {
        for (SpecialDay day : notices) {
            working.put(day.date(), day.kind() == SpecialDay.Kind.WORKDAY);
            yearsWithCalendar.add(day.date().getYear());
        }
        Set<LocalDate> both = new TreeSet<>(extraHolidays);
        both.retainAll(extraWorkdays);
        if (!both.isEmpty()) {
            throw new IllegalStateException("dates configured both as extra holidays and extra workdays: " + both);
        }
        extraHolidays.forEach(d -> working.put(d, false));
        extraWorkdays.forEach(d -> working.put(d, true));
        this.zone = zone;
        log.warn("Working-day calendar: public holidays are known for {}; any other year counts weekends only "
                + "(add reference/holidays/<year>.csv)", yearsWithCalendar);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The years that have a holiday file; other years fall back to weekends only. */
    public SortedSet<Integer> yearsWithCalendar() {
        return Collections.unmodifiableSortedSet(yearsWithCalendar);
    }

    public boolean isWorkingDay(LocalDate date) {
        Boolean special = working.get(date);
        if (special != null) {
            return special;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The date of the {@code n}th working day after {@code start}; {@code start} itself does not count, so
     * {@code n = 0} gives {@code start}. Friday 2026-09-18 plus 5 is Thursday 2026-09-24, because Sunday 09-20 is
     * a make-up working day.
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * When a time limit of {@code workingDays} working days, counted from {@code arrival}, runs out. The arrival day
     * itself does not count, whatever the hour; the limit ends with the last counted working day, so the deadline is
     * 00:00 in {@code zone} of the day after it. Arrival on Wednesday 2026-09-30 with 5 working days: the National Day
     * holiday runs 10-01 to 10-07, then 10-08, 10-09, Saturday 10-10 (make-up), 10-12, 10-13; the deadline is
     * 2026-10-14T00:00+08:00. An action at an instant before the deadline is in time.
     */
    public Instant deadlineAfter(Instant arrival, int workingDays, ZoneId zone) {
        LocalDate lastDay = plusWorkingDays(arrival.atZone(zone).toLocalDate(), workingDays);
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** {@link #deadlineAfter(Instant, int, ZoneId)} in the configured zone. */
    public Instant deadlineAfter(Instant arrival, int workingDays) {
        return deadlineAfter(arrival, workingDays, zone);
    }
}
