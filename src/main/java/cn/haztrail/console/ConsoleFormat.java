package cn.haztrail.console;

import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.shared.web.QuantityView;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How pages write times, tonnes and rates ({@code ${@consoleFormat...}} in templates): times in the installation's
 * zone (Asia/Shanghai) with the zone named, quantities always with their unit, rates as percentages.
 */
@Component("consoleFormat")
public class ConsoleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ZoneProperties zone;

    ConsoleFormat(ZoneProperties zone) {
        this.zone = zone;
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone.zone()));
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(zone.zone()).toLocalDate());
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String zoneName() {
        return zone.zone().getId();
    }

    public String tonnes(String exact) {
        return exact == null ? "–" : exact + " t";
    }

    public String quantity(QuantityView quantity) {
        return quantity == null ? "–" : quantity.value() + " " + quantity.unit();
    }

    /** A rate of 4 decimals as a percentage with one decimal; a dash where the rate has no denominator. */
    public String percent(BigDecimal rate) {
        return rate == null ? "–" : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
