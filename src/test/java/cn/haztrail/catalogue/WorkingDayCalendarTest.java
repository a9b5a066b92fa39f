package cn.haztrail.catalogue;

import static cn.haztrail.catalogue.TestReferenceData.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar calendar = TestReferenceData.calendar();

    @Test
    void R16_five_working_days_across_a_weekend() {
        // Wednesday 2026-03-11: Thu 12, Fri 13, (weekend), Mon 16, Tue 17, Wed 18.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 11), 5)).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(calendar.deadlineAfter(shanghai("2026-03-11T16:45"), 5))
                .isEqualTo(shanghai("2026-03-19T00:00"));
    }

    @Test
    void R16_five_working_days_across_the_national_day_holiday() {
        // Oct 1-7 off; Thu 8, Fri 9, Sat 10 (make-up workday), Mon 12, Tue 13.
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(calendar.deadlineAfter(shanghai("2026-09-30T09:00"), 5, SHANGHAI))
                .isEqualTo(shanghai("2026-10-14T00:00"));
    }

    @Test
    void R16_make_up_workday_on_sunday_2026_09_20_counts() {
        // Friday 18: Sun 20 (make-up), Mon 21, Tue 22, Wed 23, Thu 24; Fri 25 is 中秋节.
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 18), 5)).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 25))).isFalse();
    }

    @Test
    void R16_arrival_day_does_not_count_and_the_deadline_is_the_end_of_the_last_day_in_shanghai() {
        Instant lateOnFriday = shanghai("2026-09-18T23:59");
        Instant earlyOnSaturday = shanghai("2026-09-19T00:01");

        assertThat(calendar.deadlineAfter(lateOnFriday, 5)).isEqualTo(Instant.parse("2026-09-24T16:00:00Z"));
        assertThat(calendar.deadlineAfter(earlyOnSaturday, 5)).isEqualTo(shanghai("2026-09-25T00:00"));
        assertThat(calendar.deadlineAfter(lateOnFriday, 0)).isEqualTo(shanghai("2026-09-19T00:00"));
    }

    @Test
    void R16_the_day_is_that_of_the_given_zone() {
        Instant fridayInUtcSaturdayInShanghai = Instant.parse("2026-09-18T20:00:00Z");

        assertThat(calendar.deadlineAfter(fridayInUtcSaturdayInShanghai, 5, ZoneId.of("UTC")))
                .isEqualTo(Instant.parse("2026-09-25T00:00:00Z"));
        assertThat(calendar.deadlineAfter(fridayInUtcSaturdayInShanghai, 5)).isEqualTo(shanghai("2026-09-25T00:00"));
    }

    @Test
    void R16_a_year_without_a_calendar_file_counts_weekends_only() {
        assertThat(calendar.yearsWithCalendar()).containsExactly(2026);
        // 2027-10-01 is a Friday: no holiday file for 2027, so it is a working day.
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 9, 30), 5)).isEqualTo(LocalDate.of(2027, 10, 7));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 5)).isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void R16_a_stored_calendar_replaces_the_shipped_one_of_its_year() {
        // made up for the test: only 2026-03-16 (a Monday) off; 2026-10-01 and 10-08 are working days then
        WorkingDayCalendar withStored = new WorkingDayCalendar(TestReferenceData.loader().holidays(), List.of(),
                List.of(), SHANGHAI, storedYear(2026, new SpecialDay(LocalDate.of(2026, 3, 16),
                SpecialDay.Kind.HOLIDAY, "测试")));

        assertThat(withStored.isWorkingDay(LocalDate.of(2026, 3, 16))).isFalse();
        assertThat(withStored.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(withStored.hasCalendar(2026)).isTrue();
    }

    @Test
    void R16_a_stored_calendar_gives_a_year_without_a_file_its_holidays() {
        WorkingDayCalendar withStored = new WorkingDayCalendar(TestReferenceData.loader().holidays(), List.of(),
                List.of(), SHANGHAI, storedYear(2031, new SpecialDay(LocalDate.of(2031, 1, 1),
                SpecialDay.Kind.HOLIDAY, "元旦")));

        // Tuesday 2030-12-31 plus 1: Wednesday 2031-01-01 is off, so Thursday 01-02
        assertThat(withStored.plusWorkingDays(LocalDate.of(2030, 12, 31), 1)).isEqualTo(LocalDate.of(2031, 1, 2));
        assertThat(withStored.yearsWithCalendar()).containsExactly(2026, 2031);
    }

    @Test
    void R16_a_job_counts_with_the_stored_calendar_as_first_read_and_asks_the_store_once_per_year() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        StoredCalendars stored = storedYear(2031, new SpecialDay(LocalDate.of(2031, 1, 1),
                SpecialDay.Kind.HOLIDAY, "元旦"));
        StoredCalendars counted = new StoredCalendars() {
            @Override
            public Optional<List<SpecialDay>> year(int year) {
                asked.incrementAndGet();
                return stored.year(year);
            }

            @Override
            public Set<Integer> years() {
                return stored.years();
            }
        };
        WorkingDayCalendar forAJob = new WorkingDayCalendar(TestReferenceData.loader().holidays(), List.of(),
                List.of(), SHANGHAI, counted).readingStoredYearsOnce();

        for (int time = 0; time < 100; time++) {
            assertThat(forAJob.plusWorkingDays(LocalDate.of(2030, 12, 31), 1)).isEqualTo(LocalDate.of(2031, 1, 2));
        }
        assertThat(asked).hasValue(1);
    }

    private static StoredCalendars storedYear(int year, SpecialDay... days) {
        return new StoredCalendars() {
            @Override
            public Optional<List<SpecialDay>> year(int asked) {
                return asked == year ? Optional.of(List.of(days)) : Optional.empty();
            }

            @Override
            public Set<Integer> years() {
                return Set.of(year);
            }
        };
    }

    @Test
    void R16_an_extra_holiday_from_configuration_shifts_the_deadline() {
        WorkingDayCalendar withExtra = new WorkingDayCalendar(TestReferenceData.loader().holidays(),
                List.of(LocalDate.of(2026, 3, 16)), List.of(), SHANGHAI);

        assertThat(withExtra.deadlineAfter(shanghai("2026-03-11T10:00"), 5)).isEqualTo(shanghai("2026-03-20T00:00"));
    }

    @Test
    void R16_an_extra_workday_from_configuration_counts() {
        WorkingDayCalendar withExtra = new WorkingDayCalendar(List.of(), List.of(),
                List.of(LocalDate.of(2027, 3, 13)), SHANGHAI);

        assertThat(withExtra.plusWorkingDays(LocalDate.of(2027, 3, 12), 1)).isEqualTo(LocalDate.of(2027, 3, 13));
    }

    @Test
    void a_date_cannot_be_both_an_extra_holiday_and_an_extra_workday() {
        List<LocalDate> day = List.of(LocalDate.of(2026, 5, 9));

        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(), day, day, SHANGHAI))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2026-05-09");
    }

    @Test
    void holidays_and_weekends_are_off() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 16))).isTrue();
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 3, 16), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant shanghai(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
    }
}
