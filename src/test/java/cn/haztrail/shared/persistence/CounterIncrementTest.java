package cn.haztrail.shared.persistence;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** A counter moved on and read in one statement, on H2 and on PostgreSQL alike (rolled back after each test). */
@IntegrationTest
@Transactional
class CounterIncrementTest {

    private static final String KEY = "origin_city = ? and serial_year = ?";

    @Autowired
    CounterIncrement counters;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_increment_answers_the_counters_new_value_and_leaves_it_there() {
        jdbc.update("insert into manifest_serial (origin_city, serial_year, last_serial) values ('9901', 1999, 41)");

        assertThat(counters.increment("manifest_serial", "last_serial", KEY, "9901", 1999)).contains(42);
        assertThat(counters.increment("manifest_serial", "last_serial", KEY, "9901", 1999)).contains(43);
        assertThat(jdbc.queryForObject("select last_serial from manifest_serial where " + KEY, Integer.class,
                "9901", 1999)).isEqualTo(43);
    }

    @Test
    void an_increment_of_a_counter_not_there_answers_nothing_and_creates_nothing() {
        assertThat(counters.increment("manifest_serial", "last_serial", KEY, "9902", 1999)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from manifest_serial where " + KEY, Integer.class,
                "9902", 1999)).isZero();
    }
}
