package cn.haztrail.manifest.query;

import cn.haztrail.support.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded to the parties' own rows of the manifest list still lists every manifest drafted before,
 * to each party in the capacities it holds (R21): the migration derives the rows from the manifests' view once, a
 * relay's carriers from its comma-separated list.
 */
class PartyManifestsMigrationTest {

    private static final UUID PRODUCER = UUID.fromString("5f2a7c1e-0b3d-4a6f-9e28-7c1b3d5f2a90");
    private static final UUID FIRST_CARRIER = UUID.fromString("0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f");
    private static final UUID SECOND_CARRIER = UUID.fromString("1d0e9f8a-7b6c-4d5e-3f2a-1b0c9d8e7f6a");
    private static final UUID RECEIVER = UUID.fromString("2e1f0a9b-8c7d-4e6f-4a3b-2c1d0e9f8a7b");
    private static final UUID RELAY = UUID.fromString("3b6e1f0a-9c2d-4e7f-8a15-2d4c6b8e0f13");
    private static final UUID OWN_TRUCK = UUID.fromString("4c7f2a1b-0d3e-4f8a-9b26-3e5d7c9f1a24");

    @Test
    void R21_manifests_drafted_before_the_rows_existed_are_listed_to_each_party_in_its_capacities() {
        MigrationDatabase database = new MigrationDatabase("party-manifests-migration");
        JdbcTemplate jdbc = database.jdbc();
        database.migrateTo("188");
        manifest(jdbc, RELAY, FIRST_CARRIER + "," + SECOND_CARRIER, "2026-11-24T08:00:00Z");
        manifest(jdbc, OWN_TRUCK, PRODUCER.toString(), "2026-11-25T08:00:00Z");

        database.migrate();

        assertThat(jdbc.queryForList("select concat(enterprise_id, ' ', manifest_id, ' ', consignor, ' ', carrier, "
                + "' ', receiver, ' ', drafted_at = ?) from party_manifest order by drafted_at, enterprise_id",
                String.class, Timestamp.from(Instant.parse("2026-11-24T08:00:00Z")))).containsExactly(
                FIRST_CARRIER + " " + RELAY + " FALSE TRUE FALSE TRUE",
                SECOND_CARRIER + " " + RELAY + " FALSE TRUE FALSE TRUE",
                RECEIVER + " " + RELAY + " FALSE FALSE TRUE TRUE",
                PRODUCER + " " + RELAY + " TRUE FALSE FALSE TRUE",
                RECEIVER + " " + OWN_TRUCK + " FALSE FALSE TRUE FALSE",
                PRODUCER + " " + OWN_TRUCK + " TRUE TRUE FALSE FALSE");
    }

    private static void manifest(JdbcTemplate jdbc, UUID id, String carriers, String draftedAt) {
        jdbc.update("insert into manifest_view (id, kind, status, consignor_id, origin_region, receiver_id, "
                + "destination_region, carrier_ids, vehicle_plate, planned_date, drafted_at, receipt_overdue, "
                + "received_late, version) values (?, 'TRANSFER', 'RECEIVED', ?, '360203', ?, '360222', ?, "
                + "'赣H12345', date '2026-11-25', ?, false, false, 1)", id, PRODUCER, RECEIVER, carriers,
                Timestamp.from(Instant.parse(draftedAt)));
    }
}
