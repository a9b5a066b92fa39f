package cn.haztrail.oversight.indicators;

import cn.haztrail.support.MigrationDatabase;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * An H2 database of the rollup tests' own (in memory, PostgreSQL mode as the application's), migrated once by
 * Flyway; statements commit one by one, as a projection outside a processing batch writes.
 */
final class RollupDatabase {

    private static RollupDatabase shared;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    private RollupDatabase() {
        MigrationDatabase database = new MigrationDatabase("indicator-rollups").migrate();
        dataSource = database.dataSource();
        jdbc = database.jdbc();
    }

    static synchronized RollupDatabase shared() {
        if (shared == null) {
            shared = new RollupDatabase();
        }
        return shared;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    void clear() {
        jdbc.update("delete from indicator_rollup");
        jdbc.update("delete from producer_year_rollup");
        jdbc.update("delete from batch_fact");
    }

    /** Every row with something in it, by key; the producers' rows under "producer|...". */
    Map<String, RollupAmounts> rollups() {
        Map<String, RollupAmounts> rows = new TreeMap<>();
        jdbc.query("select * from indicator_rollup", row -> {
            RollupAmounts amounts = new RollupAmounts();
            for (RollupMeasure measure : RollupMeasure.values()) {
                amounts.add(measure, row.getBigDecimal(measure.column()));
            }
            String key = String.join("|", row.getString("indicator_view"), row.getString("region_prefix"),
                    row.getString("waste_category"), row.getString("grain"), row.getString("period_start"));
            put(rows, key, amounts);
        });
        jdbc.query("select * from producer_year_rollup", row -> {
            RollupAmounts amounts = new RollupAmounts()
                    .add(RollupMeasure.ENTERED_TONNES, row.getBigDecimal("generated_tonnes"))
                    .add(RollupMeasure.ENTERED_WITHOUT_MASS, row.getBigDecimal("batches_without_mass"));
            put(rows, String.join("|", "producer", row.getString("region_prefix"), row.getString("generated_year"),
                    row.getString("producer_id")), amounts);
        });
        return rows;
    }

    private static void put(Map<String, RollupAmounts> rows, String key, RollupAmounts amounts) {
        if (!amounts.isZero()) {
            rows.put(key, amounts);
        }
    }

    /** Stores the facts, empties the rollups and fills them as the V61 migration does on an existing installation. */
    void replaceRollupsByMigration(Collection<BatchFact> facts) {
        jdbc.update("delete from indicator_rollup");
        jdbc.update("delete from producer_year_rollup");
        jdbc.update("delete from batch_fact");
        for (BatchFact f : facts) {
            jdbc.update("""
                    insert into batch_fact (batch_id, producer_id, producer_region, waste_category, waste_code,
                        generated_at, generated_on, generated_tonnes, declared_unit, received_at, received_on,
                        receiver_id, receiver_region, accepted_tonnes, disposed_on, disposed_tonnes, method_code,
                        method_kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    f.batchId(), f.producerId(), f.producerRegion(), f.wasteCategory(), f.wasteCode(),
                    time(f.generatedAt()), f.generatedOn(), f.generatedTonnes(), f.declaredUnit(), time(f.receivedAt()),
                    f.receivedOn(), f.receiverId(), f.receiverRegion(), f.acceptedTonnes(), f.disposedOn(),
                    f.disposedTonnes(), f.methodCode(), f.methodKind() == null ? null : f.methodKind().name());
        }
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource("db/migration/V61__indicator_rollups_from_facts.sql"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
