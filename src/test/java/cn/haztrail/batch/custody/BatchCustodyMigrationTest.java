package cn.haztrail.batch.custody;

import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.support.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded to the command side's custody table: the migration copies every batch's custody from the
 * batch view, which followed the batches' own custody events before and the manifests' events since, so that the
 * first draft, receipt or disposal after the upgrade decides from where the batch really stands.
 */
class BatchCustodyMigrationTest {

    private static final Instant GENERATED = Instant.parse("2026-11-20T01:30:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-11-23T07:00:00Z");

    @Test
    void R08_R19_batches_registered_before_the_upgrade_keep_their_custody() {
        MigrationDatabase database = new MigrationDatabase("batch-custody-migration");
        JdbcTemplate jdbc = database.jdbc();
        database.migrateTo("101");
        UUID producer = UUID.randomUUID();
        UUID receiver = UUID.randomUUID();
        UUID rejecting = UUID.randomUUID();
        UUID followOn = UUID.randomUUID();
        UUID inStorage = batch(jdbc, producer, "IN_STORAGE", null, null, null);
        UUID received = batch(jdbc, producer, "RECEIVED", UUID.randomUUID(), null, receiver);
        UUID onFollowOn = batch(jdbc, producer, "ALLOCATED", followOn, rejecting, receiver);

        // V110 copies the custody; the table is read as it stands since V160 (the remainder of a partial receipt)
        database.migrateTo("160");

        CustodyTable table = new CustodyTable(jdbc);
        assertThat(table.find(inStorage).orElseThrow().status()).isEqualTo(BatchStatus.IN_STORAGE);
        Custody accepted = table.find(received).orElseThrow();
        assertThat(accepted.status()).isEqualTo(BatchStatus.RECEIVED);
        assertThat(accepted.acceptedBy()).isEqualTo(receiver);
        assertThat(accepted.receivedAt()).isEqualTo(RECEIVED);
        assertThat(accepted.acceptedQuantity().value()).isEqualByComparingTo("1200");
        Custody allocated = table.find(onFollowOn).orElseThrow();
        assertThat(allocated.manifestId()).isEqualTo(followOn);
        assertThat(allocated.rejectedOn()).isEqualTo(rejecting);
        assertThat(allocated.acceptedBy()).isNull();
        assertThat(allocated.line().wasteName()).isEqualTo("废矿物油");
    }

    private static UUID batch(JdbcTemplate jdbc, UUID producer, String status, UUID manifest, UUID rejected,
                              UUID receiver) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into batch_view (id, producer_id, label_id, edition, waste_code, waste_name, "
                        + "quantity_value, quantity_unit, physical_form, packaging_type, packaging_count, hazards, "
                        + "generated_at, storage_limit_at, storage_overdue, status, manifest_id, rejected_manifest_id, "
                        + "custody_holder_id, receiver_id, accepted_value, accepted_unit, discrepancy, received_at, "
                        + "version, last_event_at) values (?, ?, ?, '2021', '900-249-08', '废矿物油', 1250.5, 'KG', "
                        + "'LIQUID', 'DRUM', 4, 'T,I', ?, ?, false, ?, ?, ?, ?, ?, 1200, 'KG', false, ?, 3, ?)",
                id, producer, "L-" + id.toString().substring(0, 8), Timestamp.from(GENERATED), Timestamp.from(GENERATED.plusSeconds(86_400L * 365)),
                status, manifest, rejected, producer, receiver, Timestamp.from(RECEIVED), Timestamp.from(RECEIVED));
        return id;
    }
}
