package cn.haztrail.console.custody;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The timeline's asOf and knownAt as the page's date-time pickers send them: a local date-time in the installation's
 * zone (Asia/Shanghai), or an ISO instant as the API takes it; blank means no limit.
 */
public record PageTimes(String asOfText, String knownAtText, Instant asOf, Instant knownAt, boolean invalid) {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static PageTimes parse(String asOf, String knownAt, ZoneId zone) {
        Instant a = instant(asOf, zone);
        Instant k = instant(knownAt, zone);
        boolean invalid = (blank(asOf) != (a == null)) || (blank(knownAt) != (k == null));
        return new PageTimes(picker(a, zone), picker(k, zone), a, k, invalid);
    }

    private static Instant instant(String text, ZoneId zone) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim()).atZone(zone).toInstant();
        } catch (DateTimeParseException notLocal) {
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeParseException notInstant) {
                return null;
            }
        }
    }

    /** The value a datetime-local input shows for an instant. */
    private static String picker(Instant instant, ZoneId zone) {
        return instant == null ? "" : PICKER.format(instant.atZone(zone).truncatedTo(ChronoUnit.MINUTES));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
