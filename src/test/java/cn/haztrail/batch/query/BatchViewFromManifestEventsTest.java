package cn.haztrail.batch.query;

import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.demo.DemoParties.CARRIER;
import static cn.haztrail.demo.DemoParties.CHEMICAL_PLANT;
import static cn.haztrail.demo.DemoParties.DISPOSAL_CENTRE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: the batch view's custody follows from the manifests' events, fed here to the batch-view handlers as a
 * store would hand them over: with the manifests' events alone, and as stored before (with the batch's own custody
 * events too), which must give the same view.
 */
@IntegrationTest
class BatchViewFromManifestEventsTest {

    private static final Instant AT = Instant.parse("2026-11-25T00:30:00Z");

    @Autowired
    BatchProjection own;
    @Autowired
    BatchCustodyProjection custody;
    @Autowired
    BatchRepository batches;
    @Autowired
    TransactionTemplate transactions;

    private final UUID batch = UUID.randomUUID();

    private void handle(Runnable handlers) {
        transactions.executeWithoutResult(status -> handlers.run());
    }

    private BatchRecord view(UUID id) {
        return transactions.execute(status -> batches.findById(id).orElseThrow());
    }

    private void registered(UUID id, long version) {
        String label = (id.toString().replace("-", "") + "00000").substring(0, 37);
        handle(() -> own.on(new BatchRegistered(id, CHEMICAL_PLANT, label, "2021", "900-249-08", Quantity.kg("1250"),
                PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 5), List.of(HazardCharacteristic.T), "矿物油",
                AT.minusSeconds(86_400), "危废暂存间A区", AT.plusSeconds(365L * 86_400)), version, AT));
    }

    private static ManifestDrafted drafted(UUID manifest, ManifestKind kind, UUID receiver, UUID previous,
                                           UUID... batchIds) {
        List<BatchLine> lines = List.of(batchIds).stream().map(id -> new BatchLine(id, "label", "2021",
                "900-249-08", "废矿物油", Quantity.kg("1250"), PhysicalForm.LIQUID,
                new Packaging(PackagingType.DRUM, 5), List.of(HazardCharacteristic.T))).toList();
        return new ManifestDrafted(manifest, kind, CHEMICAL_PLANT, "360203", receiver, "360222", List.of(CARRIER),
                "赣H12345", LocalDate.of(2026, 11, 25), lines, "D10", null, "泄漏时用吸附棉围堵", previous, AT, null);
    }

    private static ManifestReceived received(UUID manifest, UUID receiver, UUID batchId, LineDecision decision,
                                             String kg, List<DiscrepancyKind> kinds) {
        LineOutcome line = new LineOutcome(batchId, decision, kg == null ? null : Quantity.kg(kg), null, kinds, null);
        ReceiptOutcome outcome = decision == LineDecision.REJECT ? ReceiptOutcome.REJECTED : ReceiptOutcome.ACCEPTED;
        return new ManifestReceived(manifest, receiver, List.of(line), outcome, AT.plusSeconds(400), false, null);
    }

    /** Drafted, picked up by the carrier and arrived at the disposal centre: manifest events only. */
    private UUID arrived(UUID batchId) {
        UUID manifest = UUID.randomUUID();
        handle(() -> custody.on(drafted(manifest, ManifestKind.TRANSFER, DISPOSAL_CENTRE, null, batchId), AT));
        handle(() -> custody.on(new ManifestPickedUp(manifest, CARRIER, "赣H12345", null, AT, null),
                AT.plusSeconds(100)));
        handle(() -> custody.on(new ManifestArrived(manifest, CARRIER, AT, AT, null), AT.plusSeconds(200)));
        return manifest;
    }

    @Test
    void R15_custody_moves_with_the_manifests_events_and_the_version_stays_the_batch_streams() {
        registered(batch, 0);
        UUID manifest = UUID.randomUUID();

        handle(() -> custody.on(drafted(manifest, ManifestKind.TRANSFER, DISPOSAL_CENTRE, null, batch), AT));
        assertThat(view(batch).status()).isEqualTo(BatchStatus.ALLOCATED);
        assertThat(view(batch).manifestId()).isEqualTo(manifest);
        assertThat(view(batch).custodyHolderId()).isEqualTo(CHEMICAL_PLANT);

        handle(() -> custody.on(new ManifestPickedUp(manifest, CARRIER, "赣H12345", null, AT, null),
                AT.plusSeconds(100)));
        assertThat(view(batch).status()).isEqualTo(BatchStatus.IN_TRANSIT);
        assertThat(view(batch).custodyHolderId()).isEqualTo(CARRIER);
        assertThat(view(batch).carrierId()).isEqualTo(CARRIER);

        handle(() -> custody.on(new ManifestArrived(manifest, CARRIER, AT, AT, null), AT.plusSeconds(200)));
        BatchRecord arrived = view(batch);
        assertThat(arrived.status()).isEqualTo(BatchStatus.ARRIVED);
        assertThat(arrived.receiverId()).isEqualTo(DISPOSAL_CENTRE);
        assertThat(arrived.custodyHolderId()).isEqualTo(DISPOSAL_CENTRE);
        assertThat(arrived.receiverRegion()).isNotNull();
        assertThat(arrived.version()).isZero();
        assertThat(arrived.lastEventAt()).isEqualTo(AT.plusSeconds(200));
    }

    @Test
    void R17_a_partial_receipt_records_the_weighed_quantity_and_the_discrepancy() {
        registered(batch, 0);
        UUID manifest = arrived(batch);

        handle(() -> custody.on(received(manifest, DISPOSAL_CENTRE, batch, LineDecision.PARTIAL, "1200",
                List.of(DiscrepancyKind.QUANTITY)), AT.plusSeconds(300)));

        BatchRecord received = view(batch);
        assertThat(received.status()).isEqualTo(BatchStatus.RECEIVED);
        assertThat(received.acceptedQuantity()).isEqualTo(Quantity.kg("1200.000"));
        assertThat(received.discrepancy()).isTrue();
        assertThat(received.receivedAt()).isEqualTo(AT.plusSeconds(400));
        assertThat(received.custodyHolderId()).isEqualTo(DISPOSAL_CENTRE);
    }

    @Test
    void R12_a_cancelled_manifest_puts_its_batch_back_in_storage() {
        registered(batch, 0);
        UUID manifest = UUID.randomUUID();
        handle(() -> custody.on(drafted(manifest, ManifestKind.TRANSFER, DISPOSAL_CENTRE, null, batch), AT));

        handle(() -> custody.on(new ManifestCancelled(manifest, "改期", AT, null), AT.plusSeconds(50)));

        BatchRecord released = view(batch);
        assertThat(released.status()).isEqualTo(BatchStatus.IN_STORAGE);
        assertThat(released.manifestId()).isNull();
        assertThat(released.custodyHolderId()).isEqualTo(CHEMICAL_PLANT);
    }

    @Test
    void R18_a_rejected_batch_waits_and_a_return_manifest_brings_it_back_to_storage_with_the_weighed_quantity() {
        registered(batch, 0);
        UUID first = arrived(batch);
        handle(() -> custody.on(received(first, DISPOSAL_CENTRE, batch, LineDecision.REJECT, null,
                List.of(DiscrepancyKind.NAME)), AT.plusSeconds(300)));
        assertThat(view(batch).status()).isEqualTo(BatchStatus.REJECTED);
        assertThat(view(batch).rejectedManifestId()).isEqualTo(first);
        assertThat(view(batch).custodyHolderId()).isEqualTo(DISPOSAL_CENTRE);

        UUID cancelled = UUID.randomUUID();
        handle(() -> custody.on(drafted(cancelled, ManifestKind.RETURN, CHEMICAL_PLANT, first, batch), AT));
        handle(() -> custody.on(new ManifestCancelled(cancelled, "改期", AT, null), AT.plusSeconds(350)));
        assertThat(view(batch).status()).isEqualTo(BatchStatus.REJECTED);
        assertThat(view(batch).manifestId()).isEqualTo(first);

        UUID back = UUID.randomUUID();
        handle(() -> custody.on(drafted(back, ManifestKind.RETURN, CHEMICAL_PLANT, first, batch), AT));
        handle(() -> custody.on(new ManifestPickedUp(back, CARRIER, "赣H12345", null, AT, null), AT));
        assertThat(view(batch).rejectedManifestId()).isNull();
        handle(() -> custody.on(new ManifestArrived(back, CARRIER, AT, AT, null), AT));
        handle(() -> custody.on(received(back, CHEMICAL_PLANT, batch, LineDecision.ACCEPT, "1238", List.of()),
                AT.plusSeconds(500)));

        BatchRecord returned = view(batch);
        assertThat(returned.status()).isEqualTo(BatchStatus.IN_STORAGE);
        assertThat(returned.quantity()).isEqualTo(Quantity.kg("1238.000"));
        assertThat(returned.manifestId()).isNull();
        assertThat(returned.custodyHolderId()).isEqualTo(CHEMICAL_PLANT);
    }

    @Test
    void R19_a_disposal_handled_before_the_receipt_keeps_the_batch_closed_and_its_version() {
        registered(batch, 0);
        UUID manifest = arrived(batch);

        handle(() -> own.on(new BatchDisposed(batch, DISPOSAL_CENTRE, "D10", Quantity.kg("1250"),
                LocalDate.of(2026, 11, 26), null, null), 5, AT.plusSeconds(600)));
        handle(() -> own.on(new BatchReceived(batch, manifest, DISPOSAL_CENTRE, Quantity.kg("1250"), false, AT), 4,
                AT.plusSeconds(300)));
        handle(() -> custody.on(received(manifest, DISPOSAL_CENTRE, batch, LineDecision.ACCEPT, "1250", List.of()),
                AT.plusSeconds(300)));

        BatchRecord disposed = view(batch);
        assertThat(disposed.status()).isEqualTo(BatchStatus.DISPOSED);
        assertThat(disposed.acceptedQuantity()).isEqualTo(Quantity.kg("1250.000"));
        assertThat(disposed.version()).isEqualTo(5);
        assertThat(disposed.lastEventAt()).isEqualTo(AT.plusSeconds(600));
    }

    @Test
    void R15_a_store_written_before_gives_the_same_view_with_the_batch_streams_version() {
        UUID old = UUID.randomUUID();
        registered(batch, 0);
        registered(old, 0);
        UUID manifest = UUID.randomUUID();
        UUID oldManifest = UUID.randomUUID();
        handle(() -> own.on(new BatchAllocated(old, oldManifest, AT), 1, AT));
        handle(() -> custody.on(drafted(oldManifest, ManifestKind.TRANSFER, DISPOSAL_CENTRE, null, old), AT));
        handle(() -> custody.on(drafted(manifest, ManifestKind.TRANSFER, DISPOSAL_CENTRE, null, batch), AT));
        handle(() -> custody.on(new ManifestPickedUp(oldManifest, CARRIER, "赣H12345", null, AT, null), AT));
        handle(() -> own.on(new BatchPickedUp(old, oldManifest, CARRIER, AT), 2, AT));
        handle(() -> custody.on(new ManifestPickedUp(manifest, CARRIER, "赣H12345", null, AT, null), AT));
        handle(() -> custody.on(new ManifestArrived(oldManifest, CARRIER, AT, AT, null), AT));
        handle(() -> own.on(new BatchDelivered(old, oldManifest, DISPOSAL_CENTRE, AT), 3, AT));
        handle(() -> custody.on(new ManifestArrived(manifest, CARRIER, AT, AT, null), AT));
        handle(() -> custody.on(received(oldManifest, DISPOSAL_CENTRE, old, LineDecision.ACCEPT, "1250", List.of()),
                AT));
        handle(() -> own.on(new BatchReceived(old, oldManifest, DISPOSAL_CENTRE, Quantity.kg("1250"), false, AT), 4,
                AT));
        handle(() -> custody.on(received(manifest, DISPOSAL_CENTRE, batch, LineDecision.ACCEPT, "1250", List.of()),
                AT));

        BatchRecord before = view(old);
        BatchRecord after = view(batch);
        assertThat(before.version()).isEqualTo(4);
        assertThat(after.version()).isZero();
        assertThat(before).usingRecursiveComparison()
                .ignoringFields("id", "labelId", "manifestId", "version")
                .isEqualTo(after);
        assertThat(before.status()).isEqualTo(BatchStatus.RECEIVED);
    }
}
