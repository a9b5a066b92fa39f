package cn.haztrail.console.oversight;

import cn.haztrail.catalogue.ZoneProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** The dashboard's period: this year up to today, in the installation's zone (the API's default period too). */
@Component
class DashboardPeriod {

    private final Clock clock;
    private final ZoneProperties zone;

    DashboardPeriod(Clock clock, ZoneProperties zone) {
        this.clock = clock;
        this.zone = zone;
    }

    LocalDate to() {
        return LocalDate.now(clock.withZone(zone.zone()));
    }

    LocalDate from() {
        return to().withDayOfYear(1);
    }

    int year() {
        return to().getYear();
    }
}
