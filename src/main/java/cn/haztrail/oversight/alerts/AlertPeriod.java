package cn.haztrail.oversight.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business-time period in which an alert's cause arose (its {@code openedAt}): from the start of the first day
 * up to, not including, the start of the day after the last, in {@code haztrail.zone}. An open end is bounded by an
 * instant no alert reaches, so that the database never has to type a null parameter (PostgreSQL cannot).
 */
record AlertPeriod(Instant from, Instant until) {

    private static final Instant BEFORE_ANY = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant AFTER_ANY = Instant.parse("3000-01-01T00:00:00Z");

    static final AlertPeriod ALWAYS = new AlertPeriod(BEFORE_ANY, AFTER_ANY);

    /** @param first the first day, or null; @param last the last day, included, or null */
    static AlertPeriod ofDays(LocalDate first, LocalDate last, ZoneId zone) {
        return new AlertPeriod(first == null ? BEFORE_ANY : first.atStartOfDay(zone).toInstant(),
                last == null ? AFTER_ANY : last.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
