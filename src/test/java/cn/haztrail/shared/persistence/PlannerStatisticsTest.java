package cn.haztrail.shared.persistence;

import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** On PostgreSQL a refresh analyzes the tables, the event store first of all, so statements are planned anew. */
@IntegrationTest
class PlannerStatisticsTest {

    @Autowired
    PlannerStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_refresh_on_postgresql_analyzes_the_event_store() {
        assumeTrue(TestDatabase.isPostgres(), "H2 keeps no plans to refresh");
        Timestamp before = jdbc.queryForObject("select now()", Timestamp.class);

        statistics.refresh();

        // the statistics views are updated as the analyzing session reports them: wait generously
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select last_analyze from pg_stat_user_tables where relname = 'domain_event_entry'",
                Timestamp.class)).isNotNull().isAfterOrEqualTo(before));
    }
}
