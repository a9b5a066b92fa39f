package cn.haztrail.catalogue.calendar.command;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.catalogue.calendar.api.HolidayCalendarPublished;
import cn.haztrail.catalogue.calendar.api.PublishHolidayCalendar;
import cn.haztrail.shared.axon.TransactionScopedLockFactory;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A year's working-day calendar as administrators set it, one stream per year: every version is an event saying who
 * set it and when (R22), so the counting of any past deadline can be explained. A calendar in force is not replaced:
 * deadlines already counted with it would change under the parties' feet.
 */
@Aggregate(lockFactory = TransactionScopedLockFactory.BEAN)
public class HolidayCalendar {

    @AggregateIdentifier
    private UUID calendarId;
    private int year;

    protected HolidayCalendar() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PublishHolidayCalendar command, WorkingDayCalendar calendars) {
        if (calendarId != null && year != command.year()) {
            throw CommandRefused.ruleViolated("R16", "year", Translatable.of("refused.catalogue.other-year", year));
        }
        boolean replaces = calendarId != null || calendars.shipsCalendar(command.year());
        LocalDate firstDay = LocalDate.of(command.year(), 1, 1);
        LocalDate today = command.requestedAt().atZone(calendars.zone()).toLocalDate();
        if (replaces && !today.isBefore(firstDay)) {
            throw CommandRefused.conflict("R16", "year", Translatable.of("refused.catalogue.calendar-in-force",
                    command.year(), firstDay));
        }
        CalendarDays.check(command.year(), command.holidays(), command.workdays());
        apply(new HolidayCalendarPublished(command.calendarId(), command.year(), command.notice(),
                command.holidays(), command.workdays() == null ? List.of() : command.workdays(),
                replaces));
    }

    @EventSourcingHandler
    void on(HolidayCalendarPublished event) {
        calendarId = event.calendarId();
        year = event.year();
    }
}
