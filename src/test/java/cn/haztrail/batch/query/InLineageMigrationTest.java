package cn.haztrail.batch.query;

import cn.haztrail.support.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation whose batches were repacked before the batch view knew which ones a repacking touched: the view is
 * never replayed, so the upgrade takes it from the lineage already recorded, and both sides still show their shares.
 */
class InLineageMigrationTest {

    private static final Instant GENERATED = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void R39_batches_repacked_before_the_upgrade_still_show_their_lineage() {
        MigrationDatabase database = new MigrationDatabase("in-lineage-migration");
        JdbcTemplate jdbc = database.jdbc();
        database.migrateTo("194");
        UUID source = batch(jdbc);
        UUID output = batch(jdbc);
        UUID untouched = batch(jdbc);
        jdbc.update("insert into batch_lineage (source_id, output_id) values (?, ?)", source, output);

        database.migrateTo("195");

        assertThat(inLineage(jdbc, source)).isTrue();
        assertThat(inLineage(jdbc, output)).isTrue();
        assertThat(inLineage(jdbc, untouched)).isFalse();
    }

    private static boolean inLineage(JdbcTemplate jdbc, UUID batch) {
        return jdbc.queryForObject("select in_lineage from batch_view where id = ?", Boolean.class, batch);
    }

    private static UUID batch(JdbcTemplate jdbc) {
        UUID id = UUID.randomUUID();
        UUID producer = UUID.randomUUID();
        jdbc.update("insert into batch_view (id, producer_id, label_id, edition, waste_code, waste_name, "
                        + "quantity_value, quantity_unit, physical_form, packaging_type, packaging_count, hazards, "
                        + "generated_at, storage_limit_at, storage_overdue, status, custody_holder_id, discrepancy, "
                        + "version, last_event_at) values (?, ?, ?, '2025', '900-249-08', '废矿物油', 100, 'KG', "
                        + "'LIQUID', 'DRUM', 1, 'T', ?, ?, false, 'RECEIVED', ?, false, 3, ?)",
                id, producer, id.toString(), Timestamp.from(GENERATED), Timestamp.from(GENERATED.plusSeconds(86400)),
                producer, Timestamp.from(GENERATED));
        return id;
    }
}
