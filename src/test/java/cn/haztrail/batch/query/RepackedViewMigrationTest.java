package cn.haztrail.batch.query;

import cn.haztrail.support.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation that repacked batches before the batch view knew REPACKED: the batch-view group is never replayed,
 * so the upgrade takes the status the command side's custody table holds, and the label ids of the lineage rows.
 */
class RepackedViewMigrationTest {

    private static final Instant GENERATED = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void R39_a_source_taken_in_full_before_the_upgrade_shows_as_repacked_with_the_labels_of_its_lineage() {
        MigrationDatabase database = new MigrationDatabase("repacked-view-migration");
        JdbcTemplate jdbc = database.jdbc();
        database.migrateTo("176");
        UUID source = batch(jdbc, "RECEIVED", "REPACKED");
        UUID kept = batch(jdbc, "RECEIVED", "RECEIVED");
        UUID output = batch(jdbc, "IN_STORAGE", "IN_STORAGE");
        jdbc.update("insert into batch_lineage (source_id, output_id) values (?, ?)", source, output);

        database.migrateTo("177");

        assertThat(status(jdbc, source)).isEqualTo("REPACKED");
        assertThat(status(jdbc, kept)).isEqualTo("RECEIVED");
        assertThat(jdbc.queryForMap("select source_label, output_label from batch_lineage where source_id = ?",
                source)).containsValues(label(source), label(output));
    }

    private static String status(JdbcTemplate jdbc, UUID batch) {
        return jdbc.queryForObject("select status from batch_view where id = ?", String.class, batch);
    }

    private static UUID batch(JdbcTemplate jdbc, String viewStatus, String custodyStatus) {
        UUID id = UUID.randomUUID();
        UUID producer = UUID.randomUUID();
        Timestamp generated = Timestamp.from(GENERATED);
        Timestamp limit = Timestamp.from(GENERATED.plusSeconds(86_400L * 365));
        jdbc.update("insert into batch_view (id, producer_id, label_id, edition, waste_code, waste_name, "
                        + "quantity_value, quantity_unit, physical_form, packaging_type, packaging_count, hazards, "
                        + "generated_at, storage_limit_at, storage_overdue, status, custody_holder_id, discrepancy, version, "
                        + "last_event_at) values (?, ?, ?, '2021', '900-249-08', '废矿物油', 1250.5, 'KG', 'LIQUID', "
                        + "'DRUM', 4, 'T,I', ?, ?, false, ?, ?, false, 3, ?)",
                id, producer, label(id), generated, limit, viewStatus, producer, generated);
        jdbc.update("insert into batch_custody (batch_id, producer_id, status, label_id, edition, waste_code, "
                        + "waste_name, quantity_value, quantity_unit, physical_form, packaging_type, packaging_count, "
                        + "hazards, generated_at, storage_limit_at, version) values (?, ?, ?, ?, '2021', "
                        + "'900-249-08', '废矿物油', '1250.5', 'KG', 'LIQUID', 'DRUM', 4, 'T,I', ?, ?, 1)",
                id, producer, custodyStatus, label(id), generated, limit);
        return id;
    }

    private static String label(UUID batch) {
        return "L-" + batch.toString().substring(0, 8);
    }
}
