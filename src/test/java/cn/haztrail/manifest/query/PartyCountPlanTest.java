package cn.haztrail.manifest.query;

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
 * A party's manifest list counts its rows on every page. In the plan PostgreSQL keeps for a statement prepared again
 * and again, the count must stay a scan of the party's rows: as one statement with an optional status, the kept plan
 * estimated a subquery per row, and for a party with 80,000 manifests that estimate set off PostgreSQL's JIT compiler
 * (found: 66-75 ms a page at 1,000,000 events). The rows are inserted inside a transaction that is rolled back.
 */
@IntegrationTest
class PartyCountPlanTest {

    private static final String ENTERPRISE = "00000000-0000-0000-0000-00000000cafe";

    @Autowired
    DataSource dataSource;

    @Test
    void a_partys_count_is_planned_without_a_subquery_per_row_and_without_jit() throws SQLException {
        assumeTrue(TestDatabase.isPostgres(), "H2 keeps no generic plans and has no JIT compiler");

        String plans = keptPlan(ManifestRepository.PARTY_COUNT) + keptPlan(ManifestRepository.PARTY_STATUS_COUNT);

        assertThat(plans).doesNotContain("SubPlan").doesNotContain("JIT");
    }

    private String keptPlan(String count) throws SQLException {
        String prepared = count.replace(":enterprise", "$1").replace(":party", "$2").replace(":status", "$3");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                sql.execute("insert into party_manifest (enterprise_id, manifest_id, consignor, carrier, receiver, "
                        + "drafted_at) select '" + ENTERPRISE + "', gen_random_uuid(), false, false, true, "
                        + "timestamptz '2026-11-01' + n * interval '1 minute' from generate_series(1, 80000) n");
                sql.execute("analyze party_manifest");
                sql.execute("set local plan_cache_mode = force_generic_plan");
                sql.execute("prepare party_count(uuid, text, text) as " + prepared);
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery("explain (analyze, costs off) execute party_count('"
                        + ENTERPRISE + "', '', 'RECEIVED')")) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
                sql.execute("deallocate party_count");
                return String.join("\n", lines);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
