package cn.haztrail.catalogue.calendar.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sets a year's public holidays and make-up working days from the State Council's notice, adding the year or
 * replacing its calendar before the year starts (R16 counts working days with it).
 *
 * @param requestedAt when the administrator asked: a calendar in force since before then is not replaced
 */
public record PublishHolidayCalendar(@TargetAggregateIdentifier UUID calendarId, int year, String notice,
                                     List<CalendarDate> holidays, List<CalendarDate> workdays, Instant requestedAt)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return requestedAt;
    }
}
