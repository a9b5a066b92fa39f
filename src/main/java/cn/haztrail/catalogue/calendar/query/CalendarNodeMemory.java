package cn.haztrail.catalogue.calendar.query;

import cn.haztrail.catalogue.SpecialDay;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * The stored calendars as this node last read them, read again after {@code haztrail.calendar.reread-after} (issue
 * 16: every custody step counts working days, and asking the database each time was one statement per step). A
 * calendar published on this node counts here at once ({@link #forget}); one published on another node counts here
 * within that interval. A year's calendar is published once, before or early in the year; until then its days count
 * as weekends only anyway, so the interval only moves that moment by a few seconds on the other nodes.
 */
final class CalendarNodeMemory {

    private record Remembered(Optional<List<SpecialDay>> days, long readAt) {
    }

    private final Map<Integer, Remembered> years = new ConcurrentHashMap<>();
    private final long rereadAfterNanos;
    private final LongSupplier nanoTime;

    CalendarNodeMemory(Duration rereadAfter, LongSupplier nanoTime) {
        this.rereadAfterNanos = rereadAfter.toNanos();
        this.nanoTime = nanoTime;
    }

    Optional<List<SpecialDay>> year(int year, IntFunction<Optional<List<SpecialDay>>> read) {
        long now = nanoTime.getAsLong();
        Remembered remembered = years.get(year);
        if (remembered != null && now - remembered.readAt() < rereadAfterNanos) {
            return remembered.days();
        }
        Optional<List<SpecialDay>> days = read.apply(year);
        years.put(year, new Remembered(days, now));
        return days;
    }

    void forget() {
        years.clear();
    }
}
