package cn.haztrail.catalogue;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Days that change the working-day calendar without a new holiday file, as ISO dates
 * ({@code haztrail.calendar.extra-holidays=2026-12-31}); they win over the files.
 */
@ConfigurationProperties("haztrail.calendar")
public record CalendarProperties(
        @DefaultValue @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> extraHolidays,
        @DefaultValue @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> extraWorkdays) {
}
