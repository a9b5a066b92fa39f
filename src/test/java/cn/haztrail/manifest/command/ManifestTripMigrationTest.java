package cn.haztrail.manifest.command;

import cn.haztrail.support.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded to drafting's own table of drafted manifests finds the manifests drafted before in it, so
 * their rejected waste can still be sent back or on (R18): the migration copies them from the manifests' view once.
 */
class ManifestTripMigrationTest {

    @Test
    void R18_manifests_drafted_before_the_table_existed_can_still_be_followed_on() {
        MigrationDatabase database = new MigrationDatabase("manifest-trip-migration");
        JdbcTemplate jdbc = database.jdbc();
        UUID manifest = UUID.fromString("3b6e1f0a-9c2d-4e7f-8a15-2d4c6b8e0f13");
        UUID consignor = UUID.fromString("5f2a7c1e-0b3d-4a6f-9e28-7c1b3d5f2a90");
        database.migrateTo("157");
        jdbc.update("insert into manifest_view (id, kind, status, consignor_id, origin_region, receiver_id, "
                + "destination_region, carrier_ids, vehicle_plate, planned_date, drafted_at, receipt_overdue, "
                + "received_late, version) values (?, 'TRANSFER', 'RECEIVED', ?, '360203', ?, '360222', '', "
                + "'赣H12345', date '2026-11-25', ?, false, false, 1)", manifest, consignor, UUID.randomUUID(),
                Timestamp.from(Instant.parse("2026-11-24T08:00:00Z")));

        database.migrate();

        assertThat(jdbc.queryForMap("select consignor_id, destination_region from manifest_trip where manifest_id = ?",
                manifest)).containsAllEntriesOf(Map.of("CONSIGNOR_ID", consignor, "DESTINATION_REGION", "360222"));
    }
}
