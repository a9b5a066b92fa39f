package cn.haztrail.catalogue.calendar;

import cn.haztrail.catalogue.TestReferenceData;
import cn.haztrail.catalogue.calendar.api.CalendarDate;
import cn.haztrail.catalogue.calendar.api.HolidayCalendarIds;
import cn.haztrail.catalogue.calendar.api.HolidayCalendarPublished;
import cn.haztrail.catalogue.calendar.api.PublishHolidayCalendar;
import cn.haztrail.catalogue.calendar.command.HolidayCalendar;
import cn.haztrail.shared.domain.RefusalReason;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.support.Refusals.refused;

/**
 * R16: a year's calendar, set as data. These calendars are made up for the tests (years far ahead, or 2026, which
 * ships): no real notice's dates are invented here.
 */
class HolidayCalendarTest {

    private static final int YEAR = 2031;
    private static final UUID ID = HolidayCalendarIds.of(YEAR);
    /** 2030-12-01 in Shanghai: before 2031 starts. */
    private static final Instant BEFORE_THE_YEAR = Instant.parse("2030-12-01T00:00:00Z");
    private static final Instant IN_THE_YEAR = Instant.parse("2031-01-01T00:00:00Z");
    private static final List<CalendarDate> HOLIDAYS = List.of(day(2031, 1, 1), day(2031, 1, 2));
    /** Saturday 2031-01-04. */
    private static final List<CalendarDate> WORKDAYS = List.of(day(2031, 1, 4));

    private AggregateTestFixture<HolidayCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HolidayCalendar.class);
        fixture.registerInjectableResource(TestReferenceData.calendar());
    }

    @Test
    void R16_an_administrator_adds_the_calendar_of_a_year_without_one() {
        fixture.givenNoPriorActivity()
                .when(publish(YEAR, HOLIDAYS, WORKDAYS, BEFORE_THE_YEAR))
                .expectEvents(new HolidayCalendarPublished(ID, YEAR, "通知", HOLIDAYS, WORKDAYS, false));
    }

    @Test
    void R16_a_missing_calendar_is_added_even_after_its_year_started() {
        fixture.givenNoPriorActivity()
                .when(publish(YEAR, HOLIDAYS, WORKDAYS, IN_THE_YEAR))
                .expectEvents(new HolidayCalendarPublished(ID, YEAR, "通知", HOLIDAYS, WORKDAYS, false));
    }

    @Test
    void R16_a_stored_calendar_is_replaced_before_its_year_starts() {
        List<CalendarDate> corrected = List.of(day(2031, 1, 1));
        fixture.given(new HolidayCalendarPublished(ID, YEAR, "通知", HOLIDAYS, WORKDAYS, false))
                .when(publish(YEAR, corrected, List.of(), BEFORE_THE_YEAR))
                .expectEvents(new HolidayCalendarPublished(ID, YEAR, "通知", corrected, List.of(), true));
    }

    @Test
    void R16_a_calendar_in_force_is_not_replaced() {
        fixture.given(new HolidayCalendarPublished(ID, YEAR, "通知", HOLIDAYS, WORKDAYS, false))
                .when(publish(YEAR, HOLIDAYS, List.of(), IN_THE_YEAR))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R16", "year"));
    }

    @Test
    void R16_the_shipped_2026_calendar_is_not_replaced_once_2026_started() {
        fixture.givenNoPriorActivity()
                .when(publish(2026, List.of(day(2026, 1, 1)), List.of(), Instant.parse("2026-12-02T00:00:00Z")))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R16", "year"));
    }

    @Test
    void R16_a_date_outside_the_year_is_refused() {
        fixture.givenNoPriorActivity()
                .when(publish(YEAR, List.of(day(2031, 1, 1), day(2032, 1, 1)), List.of(), BEFORE_THE_YEAR))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R16", "holidays[1].date"));
    }

    @Test
    void R16_a_date_listed_as_holiday_and_as_workday_is_refused() {
        fixture.givenNoPriorActivity()
                .when(publish(YEAR, List.of(day(2031, 1, 4)), WORKDAYS, BEFORE_THE_YEAR))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R16", "workdays[0].date"));
    }

    @Test
    void R16_a_holiday_listed_twice_is_refused() {
        fixture.givenNoPriorActivity()
                .when(publish(YEAR, List.of(day(2031, 1, 1), day(2031, 1, 1)), List.of(), BEFORE_THE_YEAR))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R16", "holidays[1].date"));
    }

    @Test
    void R16_a_make_up_working_day_on_a_weekday_is_refused() {
        // Friday 2031-01-03
        fixture.givenNoPriorActivity()
                .when(publish(YEAR, HOLIDAYS, List.of(day(2031, 1, 3)), BEFORE_THE_YEAR))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R16", "workdays[0].date"));
    }

    private static PublishHolidayCalendar publish(int year, List<CalendarDate> holidays, List<CalendarDate> workdays,
                                                  Instant at) {
        return new PublishHolidayCalendar(HolidayCalendarIds.of(year), year, "通知", holidays, workdays, at);
    }

    private static CalendarDate day(int year, int month, int day) {
        return new CalendarDate(LocalDate.of(year, month, day), "元旦");
    }
}
