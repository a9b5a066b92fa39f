package cn.haztrail.manifest.application;

import cn.haztrail.manifest.command.NumbersIssued;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

    public ManifestNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

    /** Creates the row if absent without failing (a failed insert would abort a PostgreSQL transaction), then locks it. */
    private int increment(String city, int year) {
        jdbc.update("insert into manifest_serial (origin_city, serial_year, last_serial) values (?, ?, 0) on conflict do nothing",
                city, year);
        jdbc.update("update manifest_serial set last_serial = last_serial + 1 where origin_city = ? and serial_year = ?",
                city, year);
        return jdbc.queryForObject("select last_serial from manifest_serial where origin_city = ? and serial_year = ?",
                Integer.class, city, year);
    }
}
