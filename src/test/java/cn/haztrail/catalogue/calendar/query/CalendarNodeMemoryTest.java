package cn.haztrail.catalogue.calendar.query;

import cn.haztrail.catalogue.SpecialDay;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** How soon a node counts with a calendar stored by another node (R16), and at once with one it stored itself. */
class CalendarNodeMemoryTest {

    private static final Duration REREAD_AFTER = Duration.ofSeconds(10);
    private static final List<SpecialDay> NEW_YEAR = List.of(
            new SpecialDay(LocalDate.of(2027, 1, 1), SpecialDay.Kind.HOLIDAY, "元旦"));

    private final AtomicLong now = new AtomicLong();
    private final CalendarNodeMemory memory = new CalendarNodeMemory(REREAD_AFTER, now::get);
    private Optional<List<SpecialDay>> inDatabase = Optional.empty();
    private int reads;

    @Test
    void R16_a_year_asked_again_within_the_interval_is_not_read_again() {
        year();
        now.addAndGet(REREAD_AFTER.minusMillis(1).toNanos());

        year();

        assertThat(reads).isEqualTo(1);
    }

    @Test
    void R16_a_calendar_another_node_stored_counts_here_once_the_interval_has_passed() {
        assertThat(year()).isEmpty();
        inDatabase = Optional.of(NEW_YEAR);
        now.addAndGet(REREAD_AFTER.toNanos());

        assertThat(year()).contains(NEW_YEAR);
    }

    @Test
    void R16_a_calendar_this_node_stored_counts_at_once() {
        assertThat(year()).isEmpty();
        inDatabase = Optional.of(NEW_YEAR);

        memory.forget();

        assertThat(year()).contains(NEW_YEAR);
    }

    private Optional<List<SpecialDay>> year() {
        return memory.year(2027, year -> {
            reads++;
            return inDatabase;
        });
    }
}
