package cn.haztrail.batch.custody;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.TestReferenceData;
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
import cn.haztrail.support.MigrationDatabase;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.test.deadline.StubDeadlineManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.catalogue.HazardCharacteristic.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a batch's custody stands after each event of its registration and its manifests (R08, R12-R19, R09). */
class CustodyLedgerTest {

    private static final UUID PRODUCER = UUID.randomUUID();
    private static final UUID RECEIVER = UUID.randomUUID();
    private static final UUID CARRIER = UUID.randomUUID();
    private static final Instant GENERATED = Instant.parse("2026-11-20T01:30:00Z");
    private static final Instant LIMIT = Instant.parse("2027-11-20T01:30:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-11-23T07:00:00Z");
    private static final Quantity DECLARED = Quantity.kg("1250.5");
    private static final Quantity WEIGHED = Quantity.kg("1200");

    private final UUID batch = UUID.randomUUID();
    private final UUID manifest = UUID.randomUUID();
    private final StubDeadlineManager deadlines = new StubDeadlineManager(GENERATED);
    private CustodyTable table;
    private CustodyLedger ledger;

    @BeforeEach
    void setUp() {
        table = new CustodyTable(new MigrationDatabase("custody-ledger").migrate().jdbc());
        ledger = new CustodyLedger(table, TestReferenceData.wasteCatalogue(), new StorageClock(deadlines));
        ledger.on(registered(batch));
    }

    @Test
    void R06_a_registered_batch_is_in_storage_with_what_a_manifest_line_copies() {
        Custody custody = custody();
        assertThat(custody.status()).isEqualTo(BatchStatus.IN_STORAGE);
        assertThat(custody.line()).isEqualTo(new BatchLine(batch, label(batch), "2021", "900-249-08",
                custody.wasteName(), DECLARED, PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 4), List.of(T)));
        assertThat(custody.wasteName()).isNotBlank().isNotEqualTo("900-249-08");
        assertThat(custody.storageLimitAt()).isEqualTo(LIMIT);
    }

    @Test
    void R08_drafting_allocates_the_batches_to_the_manifest() {
        ledger.on(drafted(manifest, null, batch));

        assertThat(custody().status()).isEqualTo(BatchStatus.ALLOCATED);
        assertThat(custody().manifestId()).isEqualTo(manifest);
    }

    @Test
    void R08_a_batch_allocated_concurrently_rolls_the_second_draft_back_as_a_conflict() {
        ledger.on(drafted(manifest, null, batch));

        assertThatThrownBy(() -> ledger.on(drafted(UUID.randomUUID(), null, batch)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(custody().manifestId()).isEqualTo(manifest);
    }

    @Test
    void R12_a_cancelled_manifest_puts_its_batches_back_in_storage() {
        ledger.on(drafted(manifest, null, batch));
        ledger.on(new ManifestCancelled(manifest, "plan changed", RECEIVED, null));

        assertThat(custody().status()).isEqualTo(BatchStatus.IN_STORAGE);
        assertThat(custody().manifestId()).isNull();
    }

    @Test
    void R15_pickup_and_arrival_move_the_batches_on_that_manifest() {
        ledger.on(drafted(manifest, null, batch));
        ledger.on(pickedUp(manifest));
        assertThat(custody().status()).isEqualTo(BatchStatus.IN_TRANSIT);

        ledger.on(arrived(manifest));
        assertThat(custody().status()).isEqualTo(BatchStatus.ARRIVED);
    }

    @Test
    void R08_a_cancelled_manifest_does_not_move_a_batch_since_put_on_another() {
        UUID other = UUID.randomUUID();
        ledger.on(drafted(manifest, null, batch));
        ledger.on(new ManifestCancelled(manifest, "plan changed", RECEIVED, null));
        ledger.on(drafted(other, null, batch));
        ledger.on(pickedUp(manifest));

        assertThat(custody().status()).isEqualTo(BatchStatus.ALLOCATED);
        assertThat(custody().manifestId()).isEqualTo(other);
    }

    @Test
    void R17_an_accepted_line_leaves_the_batch_received_by_the_receiver_with_the_weighed_quantity() {
        deliver(manifest);
        ledger.on(received(manifest, RECEIVER, LineDecision.PARTIAL));

        Custody custody = custody();
        assertThat(custody.status()).isEqualTo(BatchStatus.RECEIVED);
        assertThat(custody.acceptedBy()).isEqualTo(RECEIVER);
        assertThat(custody.acceptedQuantity().tonnes()).isEqualByComparingTo(WEIGHED.tonnes());
        assertThat(custody.receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void R18_a_rejected_batch_waits_at_the_receiver_for_a_follow_on_manifest_and_a_cancelled_one_returns_it_there() {
        deliver(manifest);
        ledger.on(received(manifest, RECEIVER, LineDecision.REJECT));
        assertThat(custody().status()).isEqualTo(BatchStatus.REJECTED);
        assertThat(custody().acceptedBy()).isNull();

        UUID followOn = UUID.randomUUID();
        ledger.on(drafted(followOn, manifest, batch));
        assertThat(custody().status()).isEqualTo(BatchStatus.ALLOCATED);
        assertThat(custody().rejectedOn()).isEqualTo(manifest);

        ledger.on(new ManifestCancelled(followOn, "wrong receiver", RECEIVED, null));
        assertThat(custody().status()).isEqualTo(BatchStatus.REJECTED);
        assertThat(custody().manifestId()).isEqualTo(manifest);
    }

    @Test
    void R09_R18_a_return_receipt_puts_the_batch_back_in_storage_and_restarts_its_storage_clock() {
        deliver(manifest);
        ledger.on(received(manifest, PRODUCER, LineDecision.ACCEPT));

        Custody custody = custody();
        assertThat(custody.status()).isEqualTo(BatchStatus.IN_STORAGE);
        assertThat(custody.manifestId()).isNull();
        assertThat(custody.quantity()).isEqualTo(WEIGHED);
        assertThat(custody.acceptedBy()).isNull();
        assertThat(deadlines.getScheduledDeadlines()).singleElement().satisfies(deadline -> {
            assertThat(deadline.getScheduleTime()).isEqualTo(LIMIT);
            assertThat(deadline.getDeadlineName()).isEqualTo(StorageClock.STORAGE_LIMIT);
            assertThat(deadline.getDeadlineScope()).isEqualTo(new AggregateScopeDescriptor("WasteBatch", batch));
        });
    }

    @Test
    void R19_a_disposed_batch_is_closed_and_no_step_moves_it_again() {
        deliver(manifest);
        ledger.on(received(manifest, RECEIVER, LineDecision.ACCEPT));
        ledger.on(new BatchDisposed(batch, RECEIVER, "D10", WEIGHED, LocalDate.of(2026, 11, 24), null, null));
        ledger.on(new ManifestCancelled(manifest, "late", RECEIVED, null));

        assertThat(custody().status()).isEqualTo(BatchStatus.DISPOSED);
        assertThatThrownBy(() -> ledger.on(drafted(UUID.randomUUID(), manifest, batch)))
                .isInstanceOf(ConcurrencyException.class);
    }

    private void deliver(UUID onManifest) {
        ledger.on(drafted(onManifest, null, batch));
        ledger.on(pickedUp(onManifest));
        ledger.on(arrived(onManifest));
    }

    private static String label(UUID batchId) {
        return "L-" + batchId.toString().substring(0, 8);
    }

    private Custody custody() {
        return table.find(batch).orElseThrow();
    }

    private static BatchRegistered registered(UUID batchId) {
        return new BatchRegistered(batchId, PRODUCER, label(batchId), "2021", "900-249-08", DECLARED,
                PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 4), List.of(T), "废矿物油", GENERATED,
                "1号危废暂存间", LIMIT);
    }

    private ManifestDrafted drafted(UUID manifestId, UUID previous, UUID... batches) {
        List<BatchLine> lines = List.of(batches).stream().map(id -> new BatchLine(id, label(id), "2021",
                "900-249-08", "废矿物油", DECLARED, PhysicalForm.LIQUID, new Packaging(PackagingType.DRUM, 4),
                List.of(T))).toList();
        ManifestKind kind = previous == null ? ManifestKind.TRANSFER : ManifestKind.REDIRECT;
        return new ManifestDrafted(manifestId, kind, PRODUCER, "360203", RECEIVER, "360222", List.of(CARRIER),
                "赣H12345", LocalDate.of(2026, 11, 23), lines, "D10", null, null, previous, GENERATED, null);
    }

    private static ManifestPickedUp pickedUp(UUID manifestId) {
        return new ManifestPickedUp(manifestId, CARRIER, "赣H12345", UUID.randomUUID(), RECEIVED, null);
    }

    private static ManifestArrived arrived(UUID manifestId) {
        return new ManifestArrived(manifestId, CARRIER, RECEIVED, RECEIVED.plusSeconds(86_400), null);
    }

    private ManifestReceived received(UUID manifestId, UUID receiver, LineDecision decision) {
        Quantity accepted = decision == LineDecision.REJECT ? null : WEIGHED;
        return new ManifestReceived(manifestId, receiver, List.of(new LineOutcome(batch, decision, accepted, "D10",
                List.of(), null)), ReceiptOutcome.values()[0], RECEIVED, false, null);
    }
}
