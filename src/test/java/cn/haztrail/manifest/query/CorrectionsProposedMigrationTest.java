package cn.haztrail.manifest.query;

import cn.haztrail.support.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation whose manifests had corrections before the view knew whether any were proposed: the manifest view is
 * never replayed, so the upgrade takes it from the corrections the view holds, and their manifests still show them.
 */
class CorrectionsProposedMigrationTest {

    private static final Instant DRAFTED = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void R20_a_manifest_corrected_before_the_upgrade_still_shows_its_corrections() {
        MigrationDatabase database = new MigrationDatabase("corrections-proposed-migration");
        JdbcTemplate jdbc = database.jdbc();
        database.migrateTo("192");
        UUID corrected = manifest(jdbc);
        UUID plain = manifest(jdbc);
        jdbc.update("insert into manifest_correction_view (id, manifest_id, proposed_by, reason, proposed_at, state, "
                + "awaiting) values (?, ?, ?, '换车', ?, 'APPLIED', '')", UUID.randomUUID(), corrected,
                UUID.randomUUID(), Timestamp.from(DRAFTED.plusSeconds(3600)));

        database.migrateTo("194");

        assertThat(correctionsProposed(jdbc, corrected)).isTrue();
        assertThat(correctionsProposed(jdbc, plain)).isFalse();
    }

    private static boolean correctionsProposed(JdbcTemplate jdbc, UUID manifest) {
        return jdbc.queryForObject("select corrections_proposed from manifest_view where id = ?", Boolean.class,
                manifest);
    }

    private static UUID manifest(JdbcTemplate jdbc) {
        UUID id = UUID.randomUUID();
        UUID consignor = UUID.randomUUID();
        jdbc.update("insert into manifest_view (id, kind, status, consignor_id, origin_region, receiver_id, "
                        + "destination_region, carrier_ids, vehicle_plate, planned_date, drafted_at, receipt_overdue, "
                        + "received_late, version) values (?, 'TRANSFER', 'RECEIVED', ?, '360200', ?, '360200', ?, "
                        + "'赣H12345', '2026-11-25', ?, false, false, 9)",
                id, consignor, UUID.randomUUID(), UUID.randomUUID().toString(), Timestamp.from(DRAFTED));
        return id;
    }
}
