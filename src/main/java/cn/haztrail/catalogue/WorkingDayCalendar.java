package cn.haztrail.catalogue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days for the legal time limits (rule R16: acceptance within 5 working days of arrival; paper back-entry
 * within 10). A working day is a Monday to Friday that is not a public holiday, or a weekend day the holiday notice
 * makes a working day (调休上班). A year's holidays come from the calendar an administrator stored for it
 * ({@link StoredCalendars}), else from {@code reference/holidays/<year>.csv}; a year with neither counts weekends only
 * (and raises the CALENDAR_MISSING admin alert from 60 days before it starts). Extra days from configuration
 * ({@code haztrail.calendar.extra-holidays}, {@code haztrail.calendar.extra-workdays}) override both.
 */
public class WorkingDayCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final Map<Integer, Map<LocalDate, Boolean>> shipped = new HashMap<>();
    private final Map<Integer, List<SpecialDay>> shippedDays = new HashMap<>();
    private final Map<LocalDate, Boolean> configured = new HashMap<>();
    private final StoredCalendars stored;
    private final ZoneId zone;

    /** Shipped files and configuration only. */
    public WorkingDayCalendar(Collection<SpecialDay> notices, Collection<LocalDate> extraHolidays,
                              Collection<LocalDate> extraWorkdays, ZoneId zone) {
        this(notices, extraHolidays, extraWorkdays, zone, StoredCalendars.NONE);
    }

    /**
     * @param zone the zone in which days begin and end, Asia/Shanghai by default ({@code haztrail.zone})
     * @throws IllegalStateException if a date is both an extra holiday and an extra working day
     */
    public WorkingDayCalendar(Collection<SpecialDay> notices, Collection<LocalDate> extraHolidays,
                              Collection<LocalDate> extraWorkdays, ZoneId zone, StoredCalendars stored) {
        for (SpecialDay day : notices) {
            shipped.computeIfAbsent(day.date().getYear(), year -> new HashMap<>())
                    .put(day.date(), day.kind() == SpecialDay.Kind.WORKDAY);
            shippedDays.computeIfAbsent(day.date().getYear(), year -> new ArrayList<>()).add(day);
        }
        Set<LocalDate> both = new TreeSet<>(extraHolidays);
        both.retainAll(extraWorkdays);
        if (!both.isEmpty()) {
            throw new IllegalStateException("dates configured both as extra holidays and extra workdays: " + both);
        }
        extraHolidays.forEach(d -> configured.put(d, false));
        extraWorkdays.forEach(d -> configured.put(d, true));
        this.zone = zone;
        this.stored = stored;
        log.info("Working-day calendar: public holidays ship for {}; an administrator adds other years with "
                + "PUT /api/v1/catalogue/calendars/{year}; a year with neither counts weekends only",
                new TreeSet<>(shipped.keySet()));
    }

    /** The same calendar over other stored years. */
    private WorkingDayCalendar(WorkingDayCalendar calendar, StoredCalendars stored) {
        this.shipped.putAll(calendar.shipped);
        this.shippedDays.putAll(calendar.shippedDays);
        this.configured.putAll(calendar.configured);
        this.zone = calendar.zone;
        this.stored = stored;
    }

    /**
     * This calendar reading each stored year once, at its first question, then keeping it: for one piece of work that
     * counts many time limits against one view of the calendar (an import job counts one for each manifest), not
     * for a node, which must count with a calendar from the moment it is stored.
     */
    public WorkingDayCalendar readingStoredYearsOnce() {
        return new WorkingDayCalendar(this, new RememberedYears(stored));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The years that have a calendar, shipped or stored; other years fall back to weekends only. */
    public SortedSet<Integer> yearsWithCalendar() {
        SortedSet<Integer> years = new TreeSet<>(shipped.keySet());
        years.addAll(stored.years());
        return Collections.unmodifiableSortedSet(years);
    }

    public boolean hasCalendar(int year) {
        return shipped.containsKey(year) || stored.year(year).isPresent();
    }

    /** Whether the year's calendar ships with the release ({@code reference/holidays/<year>.csv}). */
    public boolean shipsCalendar(int year) {
        return shipped.containsKey(year);
    }

    /** The special days of the year's shipped calendar; empty when none ships. */
    public List<SpecialDay> shippedDays(int year) {
        return List.copyOf(shippedDays.getOrDefault(year, List.of()));
    }

    public boolean isWorkingDay(LocalDate date) {
        return new Count().isWorkingDay(date);
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
        Count count = new Count();
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (count.isWorkingDay(day)) {
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

    /** The stored years as first read. */
    private static final class RememberedYears implements StoredCalendars {

        private final StoredCalendars stored;
        private final Map<Integer, Optional<List<SpecialDay>>> years = new ConcurrentHashMap<>();

        RememberedYears(StoredCalendars stored) {
            this.stored = stored;
        }

        @Override
        public Optional<List<SpecialDay>> year(int year) {
            return years.computeIfAbsent(year, stored::year);
        }

        @Override
        public Set<Integer> years() {
            return stored.years();
        }
    }

    /** One counting: reads each year's stored calendar once, however many of its days are asked about. */
    private final class Count {

        private final Map<Integer, Map<LocalDate, Boolean>> years = new HashMap<>();

        boolean isWorkingDay(LocalDate date) {
            Boolean special = configured.get(date);
            if (special == null) {
                special = years.computeIfAbsent(date.getYear(), this::specialDays).get(date);
            }
            if (special != null) {
                return special;
            }
            DayOfWeek day = date.getDayOfWeek();
            return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
        }

        /** A stored calendar replaces the shipped one of its year: it is the later word. */
        private Map<LocalDate, Boolean> specialDays(int year) {
            return stored.year(year).map(days -> {
                Map<LocalDate, Boolean> working = new HashMap<>();
                days.forEach(day -> working.put(day.date(), day.kind() == SpecialDay.Kind.WORKDAY));
                return working;
            }).orElseGet(() -> shipped.getOrDefault(year, Map.of()));
        }
    }
}
