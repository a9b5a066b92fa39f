package cn.haztrail.manifest.application;

import cn.haztrail.manifest.command.NumbersIssued;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.persistence.CounterIncrement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Allocates manifest numbers (R11): year (4) + origin province and city (the first 4 digits of the origin region
 * code) + a 6-digit serial per origin city and year. The counter row is locked by the increment until the
 * submission commits, so two submissions in one city can never draw the same serial; a submission that fails rolls
 * its serial back with it, so a number is only ever given to one manifest and never reused.
 */
@Component
public class ManifestNumbers {

    private static final int MAX_SERIAL = 999_999;

    private final JdbcTemplate jdbc;
    private final CounterIncrement counters;

    public ManifestNumbers(JdbcTemplate jdbc, CounterIncrement counters) {
        this.jdbc = jdbc;
        this.counters = counters;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(int year, String originRegion) {
        String city = originRegion.substring(0, 4);
        int serial = increment(city, year);
        if (serial > MAX_SERIAL) {
            throw CommandRefused.conflict("R11", "number",
                    Translatable.of("refused.manifest.serials-used-up", city, year));
        }
        String number = String.format("%04d%s%06d", year, city, serial);
        NumbersIssued.issued(number);
        return number;
    }

    /**
     * Moves the city's and year's counter on and locks it; the first submission of a city's year creates the row
     * without failing (a failed insert would abort a PostgreSQL transaction) and moves it on then.
     */
    private int increment(String city, int year) {
        String key = "origin_city = ? and serial_year = ?";
        Optional<Integer> serial = counters.increment("manifest_serial", "last_serial", key, city, year);
        if (serial.isEmpty()) {
            jdbc.update("insert into manifest_serial (origin_city, serial_year, last_serial) values (?, ?, 0) "
                    + "on conflict do nothing", city, year);
            serial = counters.increment("manifest_serial", "last_serial", key, city, year);
        }
        return serial.orElseThrow();
    }
}
