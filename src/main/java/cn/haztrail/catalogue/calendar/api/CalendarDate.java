package cn.haztrail.catalogue.calendar.api;

import java.time.LocalDate;

/** One day a holiday notice names, with the holiday it belongs to (e.g. 2027 春节). */
public record CalendarDate(LocalDate date, String name) {
}
