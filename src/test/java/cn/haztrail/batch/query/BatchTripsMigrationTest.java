package cn.haztrail.batch.query;

import cn.haztrail.support.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded to issue 16: batch-view is kept inside command transactions and is not rebuilt from the
 * events, so the migration fills batch_trip from the manifest view for every manifest drafted before, cancelled ones
 * included (a batch's chain still lists them), so that later steps of a manifest in flight move its batches.
 */
class BatchTripsMigrationTest {

    private static final Instant DRAFTED = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void R24_the_manifests_of_batches_drafted_before_the_upgrade_are_known_with_their_receivers_in_draft_order() {
        MigrationDatabase database = new MigrationDatabase("batch-trips-migration");
        JdbcTemplate jdbc = database.jdbc();
        database.migrateTo("70");
        UUID batch = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID inFlight = UUID.randomUUID();
        UUID firstReceiver = UUID.randomUUID();
        UUID receiver = UUID.randomUUID();
        manifest(jdbc, cancelled, "CANCELLED", firstReceiver, DRAFTED, batch);
        manifest(jdbc, inFlight, "IN_TRANSIT", receiver, DRAFTED.plusSeconds(3_600), batch, UUID.randomUUID());

        database.migrateTo("85");

        List<Map<String, Object>> trips = jdbc.queryForList(
                "select manifest_id, receiver_id from batch_trip where batch_id = ? order by drafted_at", batch);
        assertThat(trips).extracting(trip -> trip.get("manifest_id")).containsExactly(cancelled, inFlight);
        assertThat(trips).extracting(trip -> trip.get("receiver_id")).containsExactly(firstReceiver, receiver);
        assertThat(jdbc.queryForObject("select count(*) from batch_trip where manifest_id = ?", Integer.class,
                inFlight)).isEqualTo(2);
    }

    private static void manifest(JdbcTemplate jdbc, UUID id, String status, UUID receiver, Instant draftedAt,
                                 UUID... batches) {
        jdbc.update("insert into manifest_view (id, kind, status, consignor_id, origin_region, receiver_id, "
                        + "destination_region, carrier_ids, vehicle_plate, planned_date, drafted_at, receipt_overdue, "
                        + "received_late, version) values (?, 'TRANSFER', ?, ?, '360203', ?, '360222', '', "
                        + "'赣H12345', date '2026-11-25', ?, false, false, 1)", id, status, UUID.randomUUID(),
                receiver, Timestamp.from(draftedAt));
        for (int i = 0; i < batches.length; i++) {
            jdbc.update("insert into manifest_line_view (manifest_id, batch_id, line_no, label_id, waste_code, "
                    + "declared_value, declared_unit, containers_declared, discrepancies) values (?, ?, ?, ?, "
                    + "'900-249-08', 1000, 'KG', 5, '')", id, batches[i], i + 1, "label-" + i);
        }
    }
}
