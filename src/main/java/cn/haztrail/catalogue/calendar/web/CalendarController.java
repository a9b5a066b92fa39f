package cn.haztrail.catalogue.calendar.web;

import cn.haztrail.catalogue.WorkingDayCalendar;
import cn.haztrail.catalogue.calendar.api.HolidayCalendarIds;
import cn.haztrail.catalogue.calendar.api.PublishHolidayCalendar;
import cn.haztrail.catalogue.calendar.query.StoredCalendarYears;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.web.StreamVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

@RestController
@RequestMapping("/api/v1/catalogue/calendars")
@Tag(name = "Catalogue")
class CalendarController {

    private final CommandGateway commands;
    private final StoredCalendarYears stored;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CalendarController(CommandGateway commands, StoredCalendarYears stored, WorkingDayCalendar calendar,
                       Clock clock) {
        this.commands = commands;
        this.stored = stored;
        this.calendar = calendar;
        this.clock = clock;
    }

    @PutMapping("/{year}")
    @Operation(summary = "Set a year's holiday calendar (R16)", description = "Administrators only, as data: no "
            + "release needed. The public holidays and make-up working days of the State Council's notice; every "
            + "date in the year, none twice, make-up working days on weekends. Adds a year without a calendar at "
            + "any time; replaces a calendar (stored, or shipped in reference/holidays) only before 1 January of its "
            + "year (409 after). Every version is an event (R22). Closes the year's CALENDAR_MISSING alert.")
    ResponseEntity<CalendarView> put(@PathVariable @Min(2000) @Max(2100) int year,
                                     @Valid @RequestBody CalendarRequest request) {
        commands.sendAndWait(new PublishHolidayCalendar(HolidayCalendarIds.of(year), year,
                request.notice() == null ? null : request.notice().strip(),
                request.holidays().stream().map(CalendarDayRequest::toDate).toList(),
                request.workdays() == null ? List.of()
                        : request.workdays().stream().map(CalendarDayRequest::toDate).toList(),
                clock.instant()));
        return get(year);
    }

    @GetMapping("/{year}")
    @Operation(summary = "The holiday calendar working days are counted with in a year (R16)", description = "The "
            + "calendar an administrator stored, else the one shipped with the release; 404 when the year has none "
            + "(its working days then count weekends only).")
    ResponseEntity<CalendarView> get(@PathVariable @Min(2000) @Max(2100) int year) {
        var found = stored.stored(year);
        if (found.isPresent()) {
            CalendarView view = CalendarView.of(year, "STORED", found.get().notice(), found.get().publishedAt(),
                    stored.year(year).orElseThrow());
            return StreamVersions.ok(view, found.get().version());
        }
        if (calendar.shipsCalendar(year)) {
            return ResponseEntity.ok(CalendarView.of(year, "SHIPPED", null, null, calendar.shippedDays(year)));
        }
        throw CommandRefused.notFound("year", Translatable.of("refused.catalogue.unknown-calendar", year));
    }
}
