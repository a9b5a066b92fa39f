package cn.haztrail.report.command;

import cn.haztrail.catalogue.ZoneProperties;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an annual report may and must be submitted (R34): once its year is over (from 1 January of the next year),
 * due by 31 March of the next year; later is allowed and recorded as late. Days are days in the configured zone.
 */
@Component
public class ReportDueDates {

    private final ZoneId zone;

    public ReportDueDates(ZoneProperties zone) {
        this.zone = zone.zone();
    }

    public LocalDate dueOn(int year) {
        return LocalDate.of(year + 1, 3, 31);
    }

    public boolean yearIsOver(int year, Instant at) {
        return LocalDate.ofInstant(at, zone).getYear() > year;
    }

    public boolean isLate(int year, Instant submittedAt) {
        return LocalDate.ofInstant(submittedAt, zone).isAfter(dueOn(year));
    }
}
