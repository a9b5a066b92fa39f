package cn.haztrail.oversight.integrity;

import cn.haztrail.oversight.integrity.api.IntegritySealed;
import cn.haztrail.support.IntegrationTest;
import cn.haztrail.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every custody answer asks for the latest seal, and seals are rare among the stored events. PostgreSQL keeps a
 * generic plan for a statement prepared again and again; whatever it keeps, the seal must be found through the
 * payload type's index, never by reading the store backwards from its end (found: 565 ms an answer at 1,000,000
 * events). The store is filled and analyzed inside a transaction that is rolled back.
 */
@IntegrationTest
class SealLookupPlanTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_latest_seal_is_read_through_the_type_index_in_the_plan_postgresql_keeps() throws SQLException {
        assumeTrue(TestDatabase.isPostgres(), "H2 keeps no generic plans");
        List<String> plan = keptPlan(StoredEvents.latestOfTypeQuery(IntegritySealed.class));

        assertThat(String.join("\n", plan)).contains("ix_domain_event_payload_type")
                .doesNotContain("domain_event_entry_pkey");
    }

    private List<String> keptPlan(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                sql.execute("""
                        insert into domain_event_entry (global_index, sequence_number, payload, aggregate_identifier,
                            event_identifier, payload_type, time_stamp, type)
                        select 900000000 + n, 0, '\\x7b7d'::bytea, 'plan-' || n, 'plan-event-' || n,
                            'cn.haztrail.plan.Common' || (n % 10), '2026-12-05T00:00:00Z', 'Plan'
                        from generate_series(1, 20000) n""");
                sql.execute("analyze domain_event_entry");
                sql.execute("set local plan_cache_mode = force_generic_plan");
                sql.execute("prepare latest_seal as " + statement);
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery("explain execute latest_seal")) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
                sql.execute("deallocate latest_seal");
                return lines;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
