package cn.haztrail.catalogue.calendar.query;

import cn.haztrail.catalogue.SpecialDay;
import cn.haztrail.catalogue.StoredCalendars;
import cn.haztrail.shared.persistence.TransactionMemory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stored calendars, as this node remembers them ({@link CalendarNodeMemory}), and once per transaction: within
 * one transaction the answer does not change but by the transaction's own publication ({@link #forget}).
 */
@Component
public class StoredCalendarYears implements StoredCalendars {

    private static final Object YEARS_READ = new Object();
    private static final Object PUBLISHED_HERE = new Object();

    private final JdbcTemplate jdbc;
    private final CalendarNodeMemory node;

    StoredCalendarYears(JdbcTemplate jdbc, @Value("${haztrail.calendar.reread-after:PT10S}") Duration rereadAfter) {
        this.jdbc = jdbc;
        this.node = new CalendarNodeMemory(rereadAfter, System::nanoTime);
    }

    @Override
    public Optional<List<SpecialDay>> year(int year) {
        Map<Integer, Optional<List<SpecialDay>>> read = TransactionMemory.of(YEARS_READ, HashMap::new);
        return read == null ? remembered(year) : read.computeIfAbsent(year, this::remembered);
    }

    /**
     * After this transaction published a calendar, its next question reads the stored calendars again, and so does
     * this node's next transaction once this one has ended (committed or not). What the publishing transaction reads
     * itself is not remembered for others: it may yet roll back.
     */
    void forget() {
        Map<Integer, Optional<List<SpecialDay>>> read = TransactionMemory.of(YEARS_READ, HashMap::new);
        if (read != null) {
            read.clear();
            TransactionMemory.of(PUBLISHED_HERE, Object::new);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    node.forget();
                }
            });
        }
        node.forget();
    }

    private Optional<List<SpecialDay>> remembered(int year) {
        boolean publishedHere = TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.hasResource(PUBLISHED_HERE);
        return publishedHere ? readYear(year) : node.year(year, this::readYear);
    }

    private Optional<List<SpecialDay>> readYear(int year) {
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
