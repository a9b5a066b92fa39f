package cn.haztrail.catalogue.calendar.query;

import cn.haztrail.catalogue.SpecialDay;
import cn.haztrail.catalogue.StoredCalendars;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The stored calendars, read from the database on every question (all nodes see the same). */
@Component
public class StoredCalendarYears implements StoredCalendars {

    private final JdbcTemplate jdbc;

    StoredCalendarYears(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<List<SpecialDay>> year(int year) {
        if (stored(year).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.query("select calendar_date, kind, name from holiday_calendar_day where "
                + "calendar_year = ? order by calendar_date", (row, n) -> new SpecialDay(
                row.getObject("calendar_date", LocalDate.class), SpecialDay.Kind.valueOf(row.getString("kind")),
                row.getString("name")), year));
    }

    @Override
    public Set<Integer> years() {
        return new TreeSet<>(jdbc.queryForList("select calendar_year from holiday_calendar", Integer.class));
    }

    /** When and with which notice a year's calendar was stored, and its version (the stream's), if it was. */
    public Optional<Stored> stored(int year) {
        return jdbc.query("select notice, published_at, version from holiday_calendar where calendar_year = ?",
                (row, n) -> new Stored(row.getString("notice"),
                        row.getObject("published_at", OffsetDateTime.class).toInstant(), row.getLong("version")),
                year).stream().findFirst();
    }

    public record Stored(String notice, Instant publishedAt, long version) {
    }
}
