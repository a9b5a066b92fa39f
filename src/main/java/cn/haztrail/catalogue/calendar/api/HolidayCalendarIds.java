package cn.haztrail.catalogue.calendar.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** One calendar stream per year, its id derived from the year: a second calendar of a year replaces the first. */
public final class HolidayCalendarIds {

    private HolidayCalendarIds() {
    }

    public static UUID of(int year) {
        return UUID.nameUUIDFromBytes(("haztrail-holiday-calendar:" + year).getBytes(StandardCharsets.UTF_8));
    }
}
