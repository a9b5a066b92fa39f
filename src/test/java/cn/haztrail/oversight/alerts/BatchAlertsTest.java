package cn.haztrail.oversight.alerts;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.support.IntegrationTest;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.oversight.alerts.AlertFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The batch's alerts, handler by handler, on the real tables inside a rolled-back transaction. */
@IntegrationTest
@Transactional
class BatchAlertsTest extends AlertHandlerTest {

    private static final String LABEL = "91360200MA35G8XK2H9002490820261116001";

    AlertFixture f;
    UUID batch;

    @BeforeEach
    void setUp() {
        f = fixture();
        batch = f.directory.batch(LABEL);
    }

    @Test
    void R09_storage_overdue_opens_at_the_limit_in_the_producers_region_and_closes_on_pickup() {
        handle(overdue());

        AlertRecord alert = storageAlerts(AlertState.OPEN).get(0);
        assertThat(alert.openedAt()).isEqualTo(T0);
        assertThat(alert.labelId()).isEqualTo(LABEL);
        assertThat(alert.originRegion()).isEqualTo("360203");
        assertThat(alert.destinationRegion()).isNull();
        assertThat(alert.ruleId()).isEqualTo("R09");
        assertThat(alert.parties()).extracting(AlertParty::role).containsExactly("PRODUCER");

        f.batches.on(new BatchPickedUp(batch, UUID.randomUUID(), f.carrier.id(), T0.plusSeconds(3600)));
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void R09_a_redelivered_overdue_is_one_alert_and_a_later_overdue_after_a_return_is_another() {
        EventMessage<BatchStorageOverdue> first = overdue();
        handle(first);
        handle(first);
        f.batches.on(new BatchPickedUp(batch, UUID.randomUUID(), f.carrier.id(), T0.plusSeconds(60)));
        handle(first);
        assertThat(storageAlerts(AlertState.CLOSED)).hasSize(1);
        assertThat(storageAlerts(AlertState.OPEN)).isEmpty();

        handle(overdue());
        assertThat(storageAlerts(AlertState.OPEN)).hasSize(1);
    }

    /** The limit passed while the pickup, made an hour before it, had not been entered yet. */
    @Test
    void R09_a_pickup_made_before_the_limit_but_entered_after_it_withdraws_the_storage_alert() {
        handle(overdue());
        f.batches.on(new BatchPickedUp(batch, UUID.randomUUID(), f.carrier.id(), T0.minusSeconds(3600)));

        assertThat(storageAlerts(AlertState.OPEN)).isEmpty();
        assertThat(storageAlerts(AlertState.CLOSED)).isEmpty();
    }

    @Test
    void R09_storage_overdue_closes_on_disposal() {
        handle(overdue());
        f.batches.on(disposed(), at(T0.plusSeconds(90)), T0.plusSeconds(95));
        assertThat(storageAlerts(AlertState.CLOSED).get(0).closedAt()).isEqualTo(T0.plusSeconds(90));
    }

    @Test
    void R17_a_discrepancy_opens_per_line_at_the_receipt_and_closes_when_the_batch_is_disposed() {
        AlertDirectory.Manifest manifest = f.manifest("20263602000911");
        UUID otherBatch = f.directory.batch("91360200MA35G8XK2H9002490820261116002");
        f.batches.on(discrepancy(manifest.id(), batch), at(T0), T0.plusSeconds(2));
        f.batches.on(discrepancy(manifest.id(), otherBatch), at(T0), T0.plusSeconds(2));

        AlertRecord alert = f.alert(AlertType.DISCREPANCY, manifest.id(), batch).orElseThrow();
        assertThat(alert.openedAt()).isEqualTo(T0);
        assertThat(alert.ruleId()).isEqualTo("R17");
        assertThat(alert.manifestNumber()).isEqualTo("20263602000911");
        assertThat(alert.labelId()).isEqualTo(LABEL);
        assertThat(alert.detail()).contains("QUANTITY").contains("1000 kg").contains("900 kg").contains("少两桶");
        assertThat(alerts.findByManifestId(manifest.id())).hasSize(2);

        f.batches.on(new BatchReceived(batch, manifest.id(), f.centre.id(), Quantity.kg("900"), true, T0));
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        f.batches.on(disposed(), at(T0.plusSeconds(86_400)), T0.plusSeconds(86_400));
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(T0.plusSeconds(86_400));
        assertThat(f.alert(AlertType.DISCREPANCY, manifest.id(), otherBatch).orElseThrow().state())
                .isEqualTo(AlertState.OPEN);
    }

    @Test
    void R17_a_discrepancy_on_rejected_waste_closes_when_it_is_received_on_another_manifest() {
        AlertDirectory.Manifest rejecting = f.manifest("20263602000912");
        f.batches.on(discrepancy(rejecting.id(), batch), at(T0), T0);
        UUID redirect = UUID.randomUUID();
        f.batches.on(new BatchReceived(batch, redirect, f.recycler.id(), Quantity.kg("990"), false,
                T0.plusSeconds(7200)));

        AlertRecord alert = f.alert(AlertType.DISCREPANCY, rejecting.id(), batch).orElseThrow();
        assertThat(alert.closedAt()).isEqualTo(T0.plusSeconds(7200));
    }

    @Test
    void R17_a_discrepancy_on_rejected_waste_closes_when_it_is_back_in_its_producers_storage() {
        AlertDirectory.Manifest rejecting = f.manifest("20263602000913");
        f.batches.on(discrepancy(rejecting.id(), batch), at(T0), T0);
        f.batches.on(new BatchReturnedToStorage(batch, UUID.randomUUID(), Quantity.kg("1000"),
                T0.plusSeconds(600)));
        assertThat(f.alert(AlertType.DISCREPANCY, rejecting.id(), batch).orElseThrow().closedAt())
                .isEqualTo(T0.plusSeconds(600));
    }

    private EventMessage<BatchStorageOverdue> overdue() {
        return GenericEventMessage.asEventMessage(new BatchStorageOverdue(batch, f.plant.id(), T0));
    }

    private void handle(EventMessage<BatchStorageOverdue> message) {
        f.batches.on(message.getPayload(), message);
    }

    private BatchDisposed disposed() {
        return new BatchDisposed(batch, f.centre.id(), "D10", Quantity.kg("900"), LocalDate.of(2026, 11, 17), null, null);
    }

    private static DiscrepancyRecorded discrepancy(UUID manifestId, UUID batchId) {
        return new DiscrepancyRecorded(manifestId, batchId, List.of(DiscrepancyKind.QUANTITY), Quantity.kg("1000"),
                Quantity.kg("900"), 5, 3, "少两桶");
    }

    /** As a reader sees them once the handlers' transaction has committed (the lookup itself does not flush). */
    private List<AlertRecord> storageAlerts(AlertState state) {
        alerts.flush();
        return alerts.findByBatchIdAndTypeAndState(batch, AlertType.STORAGE_OVERDUE, state);
    }
}
