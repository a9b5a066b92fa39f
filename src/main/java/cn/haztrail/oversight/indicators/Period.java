package cn.haztrail.oversight.indicators;

import java.time.LocalDate;

/** Business days from {@code from} to {@code to}, both included. */
record Period(LocalDate from, LocalDate to) {

    Period {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a period's first day " + from + " is after its last day " + to);
        }
    }

    static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** The last day before the period, up to which treatment makes a batch history for it. */
    LocalDate dayBefore() {
        return from.minusDays(1);
    }
}
