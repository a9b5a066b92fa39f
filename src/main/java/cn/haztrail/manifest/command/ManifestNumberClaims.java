package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.registry.claims.ClaimedIdentifiers;
import cn.haztrail.registry.claims.IdentifierKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * Claims every manifest number (R11) in the command side's uniqueness table, in the transaction that stores the
 * submission, native or imported: an import refuses a number another manifest holds. An imported number also moves
 * its city's and year's serial counter to at least its serial, so native numbering never hands it out again.
 */
@Component
@ProcessingGroup("registry-claims")
class ManifestNumberClaims {

    private static final Pattern NUMBER = Pattern.compile("\\d{14}");

    private final ClaimedIdentifiers claims;
    private final JdbcTemplate jdbc;

    ManifestNumberClaims(ClaimedIdentifiers claims, JdbcTemplate jdbc) {
        this.claims = claims;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ManifestSubmitted event) {
        claims.claim(IdentifierKind.MANIFEST_NUMBER, event.number(), event.manifestId());
        if (!isSerialNumber(event.number()) || NumbersIssued.inThisTransaction(event.number())) {
            return;
        }
        int year = Integer.parseInt(event.number().substring(0, 4));
        String city = event.number().substring(4, 8);
        int serial = Integer.parseInt(event.number().substring(8));
        // an imported number may be ahead of its city's counter
        jdbc.update("insert into manifest_serial (origin_city, serial_year, last_serial) values (?, ?, 0) "
                + "on conflict do nothing", city, year);
        jdbc.update("update manifest_serial set last_serial = ? where origin_city = ? and serial_year = ? "
                + "and last_serial < ?", serial, city, year, serial);
    }

    /** A number of the national form (year, city, serial), which a counter hands out. */
    static boolean isSerialNumber(String number) {
        return NUMBER.matcher(number).matches();
    }
}
