package cn.haztrail.oversight.alerts;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.support.IntegrationTest;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.oversight.alerts.AlertFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch's alerts, handler by handler, on the real tables inside a rolled-back transaction. A batch's custody
 * comes from its manifests' events; each event is handed over with its position in the store, and another segment
 * may hand over a later event first.
 */
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
        handle(overdue(), 1);

        AlertRecord alert = storageAlerts(AlertState.OPEN).get(0);
        assertThat(alert.openedAt()).isEqualTo(T0);
        assertThat(alert.labelId()).isEqualTo(LABEL);
        assertThat(alert.originRegion()).isEqualTo("360203");
        assertThat(alert.destinationRegion()).isNull();
        assertThat(alert.ruleId()).isEqualTo("R09");
        assertThat(alert.parties()).extracting(AlertParty::role).containsExactly("PRODUCER");

        pickUp(T0.plusSeconds(3600), 3);
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void R09_a_redelivered_overdue_is_one_alert_and_a_later_overdue_after_a_return_is_another() {
        EventMessage<BatchStorageOverdue> first = overdue();
        handle(first, 1);
        handle(first, 1);
        pickUp(T0.plusSeconds(60), 3);
        handle(first, 1);
        assertThat(storageAlerts(AlertState.CLOSED)).hasSize(1);
        assertThat(storageAlerts(AlertState.OPEN)).isEmpty();

        handle(overdue(), 9);
        assertThat(storageAlerts(AlertState.OPEN)).hasSize(1);
    }

    /** The limit passed while the pickup, made an hour before it, had not been entered yet. */
    @Test
    void R09_a_pickup_made_before_the_limit_but_entered_after_it_withdraws_the_storage_alert() {
        handle(overdue(), 1);
        pickUp(T0.minusSeconds(3600), 3);

        assertThat(storageAlerts(AlertState.OPEN)).isEmpty();
        assertThat(storageAlerts(AlertState.CLOSED)).isEmpty();
    }

    @Test
    void R09_storage_overdue_closes_on_disposal() {
        handle(overdue(), 1);
        f.batches.on(disposed(), at(T0.plusSeconds(90)), T0.plusSeconds(95), position(5));
        assertThat(storageAlerts(AlertState.CLOSED).get(0).closedAt()).isEqualTo(T0.plusSeconds(90));
    }

    /** The manifest's segment ran ahead of the batch's: its pickup and the batch's disposal come after the overdue. */
    @Test
    void R09_a_pickup_handled_before_the_overdue_it_follows_closes_it_at_the_pickup_not_at_the_disposal() {
        pickUp(T0.plusSeconds(3600), 3);
        handle(overdue(), 1);
        f.batches.on(disposed(), at(T0.plusSeconds(86_400)), T0.plusSeconds(86_400), position(7));

        assertThat(storageAlerts(AlertState.CLOSED)).singleElement()
                .extracting(AlertRecord::closedAt).isEqualTo(T0.plusSeconds(3600));
        assertThat(storageAlerts(AlertState.OPEN)).isEmpty();
    }

    @Test
    void R09_a_disposal_handled_before_the_pickup_still_closes_the_overdue_at_the_pickup() {
        handle(overdue(), 1);
        f.batches.on(disposed(), at(T0.plusSeconds(86_400)), T0.plusSeconds(86_400), position(7));
        pickUp(T0.plusSeconds(3600), 3);

        assertThat(storageAlerts(AlertState.CLOSED)).singleElement()
                .extracting(AlertRecord::closedAt).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void R09_an_overdue_after_a_return_stays_open_though_an_earlier_pickup_was_handled_first() {
        pickUp(T0.plusSeconds(60), 3);
        handle(overdue(), 9);

        assertThat(storageAlerts(AlertState.OPEN)).hasSize(1);
    }

    @Test
    void R17_a_discrepancy_opens_per_line_at_the_receipt_and_closes_when_the_batch_is_disposed() {
        AlertDirectory.Manifest manifest = f.manifest("20263602000911");
        UUID otherBatch = f.directory.batch("91360200MA35G8XK2H9002490820261116002");
        f.batches.on(discrepancy(manifest.id(), batch), at(T0), T0.plusSeconds(2), position(4));
        f.batches.on(discrepancy(manifest.id(), otherBatch), at(T0), T0.plusSeconds(2), position(5));

        AlertRecord alert = f.alert(AlertType.DISCREPANCY, manifest.id(), batch).orElseThrow();
        assertThat(alert.openedAt()).isEqualTo(T0);
        assertThat(alert.ruleId()).isEqualTo("R17");
        assertThat(alert.manifestNumber()).isEqualTo("20263602000911");
        assertThat(alert.labelId()).isEqualTo(LABEL);
        assertThat(alert.detail()).contains("QUANTITY").contains("1000 kg").contains("900 kg").contains("少两桶");
        assertThat(alerts.findByManifestId(manifest.id())).hasSize(2);

        f.batches.on(received(manifest.id(), f.centre.id(), T0), position(3));
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        f.batches.on(disposed(), at(T0.plusSeconds(86_400)), T0.plusSeconds(86_400), position(8));
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(T0.plusSeconds(86_400));
        assertThat(f.alert(AlertType.DISCREPANCY, manifest.id(), otherBatch).orElseThrow().state())
                .isEqualTo(AlertState.OPEN);
    }

    @Test
    void R17_a_discrepancy_on_rejected_waste_closes_when_it_is_received_on_another_manifest() {
        AlertDirectory.Manifest rejecting = f.manifest("20263602000912");
        f.batches.on(discrepancy(rejecting.id(), batch), at(T0), T0, position(4));
        f.batches.on(received(UUID.randomUUID(), f.recycler.id(), T0.plusSeconds(7200)), position(9));

        AlertRecord alert = f.alert(AlertType.DISCREPANCY, rejecting.id(), batch).orElseThrow();
        assertThat(alert.closedAt()).isEqualTo(T0.plusSeconds(7200));
    }

    /** The return manifest's receiver is the batch's producer. */
    @Test
    void R17_a_discrepancy_on_rejected_waste_closes_when_it_is_back_in_its_producers_storage() {
        AlertDirectory.Manifest rejecting = f.manifest("20263602000913");
        f.batches.on(discrepancy(rejecting.id(), batch), at(T0), T0, position(4));
        f.batches.on(received(UUID.randomUUID(), f.plant.id(), T0.plusSeconds(600)), position(9));
        assertThat(f.alert(AlertType.DISCREPANCY, rejecting.id(), batch).orElseThrow().closedAt())
                .isEqualTo(T0.plusSeconds(600));
    }

    /** The alternate receiver's manifest ran ahead of the batch's discrepancy (ordered with the batch's events). */
    @Test
    void R17_a_receipt_elsewhere_handled_before_the_discrepancy_it_follows_closes_it() {
        AlertDirectory.Manifest rejecting = f.manifest("20263602000914");
        f.batches.on(received(UUID.randomUUID(), f.recycler.id(), T0.plusSeconds(7200)), position(9));
        f.batches.on(discrepancy(rejecting.id(), batch), at(T0), T0, position(4));

        assertThat(f.alert(AlertType.DISCREPANCY, rejecting.id(), batch).orElseThrow().closedAt())
                .isEqualTo(T0.plusSeconds(7200));
    }

    /** A store written before issue 16 also holds the batch's own custody events: only the manifests' count. */
    @Test
    void R09_R17_the_batches_own_custody_events_are_not_handled() {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(f.batches);
        UUID manifest = UUID.randomUUID();
        assertThat(List.<Object>of(new BatchPickedUp(batch, manifest, f.carrier.id(), T0),
                new BatchReceived(batch, manifest, f.centre.id(), Quantity.kg("900"), true, T0),
                new BatchReturnedToStorage(batch, manifest, Quantity.kg("900"), T0)))
                .noneMatch(event -> handlers.canHandle(GenericEventMessage.asEventMessage(event)));
    }

    private void pickUp(Instant at, long position) {
        UUID manifest = UUID.nameUUIDFromBytes(("manifest at " + position).getBytes());
        f.batches.on(drafted(manifest));
        f.batches.on(new ManifestPickedUp(manifest, f.carrier.id(), "赣B12345", UUID.randomUUID(), at, null),
                position(position));
    }

    private ManifestDrafted drafted(UUID manifest) {
        return new ManifestDrafted(manifest, ManifestKind.TRANSFER, f.plant.id(), "360203", f.centre.id(), "360222",
                List.of(f.carrier.id()), "赣B12345", LocalDate.of(2026, 11, 16), List.of(new BatchLine(batch, LABEL,
                "2021", "900-249-08", "废矿物油", Quantity.kg("1000"), PhysicalForm.LIQUID,
                new Packaging(PackagingType.DRUM, 5), List.of(HazardCharacteristic.T))), "D10", null, null, null,
                T0.minusSeconds(86_400), null);
    }

    private ManifestReceived received(UUID manifest, UUID receiver, Instant at) {
        return new ManifestReceived(manifest, receiver, List.of(new LineOutcome(batch, LineDecision.PARTIAL,
                Quantity.kg("900"), "D10", List.of(DiscrepancyKind.QUANTITY), null)),
                ReceiptOutcome.PARTIALLY_ACCEPTED, at, false, null);
    }

    private static TrackingToken position(long position) {
        return new GlobalSequenceTrackingToken(position);
    }

    private EventMessage<BatchStorageOverdue> overdue() {
        return GenericEventMessage.asEventMessage(new BatchStorageOverdue(batch, f.plant.id(), T0));
    }

    private void handle(EventMessage<BatchStorageOverdue> message, long position) {
        f.batches.on(message.getPayload(), message, position(position));
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
