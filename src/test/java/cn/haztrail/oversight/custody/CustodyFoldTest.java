package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.batch.api.BatchReleased;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.manifest.api.CorrectionApplied;
import cn.haztrail.manifest.api.CorrectionProposed;
import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.FieldChange;
import cn.haztrail.manifest.api.FollowOnLinked;
import cn.haztrail.manifest.api.HandoverCompleted;
import cn.haztrail.manifest.api.HandoverOffered;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LoadingRefused;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.manifest.api.ReceiptOverdue;
import cn.haztrail.manifest.api.RefusalRecorded;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import cn.haztrail.shared.web.QuantityView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.oversight.custody.CustodyEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The state of a chain folded from its events, event kind by event kind (R24). */
class CustodyFoldTest {

    private final List<Object> history = new ArrayList<>();

    private CustodyStateView batchAfter(Object... events) {
        history.addAll(List.of(events));
        return StateViews.ofBatch(CustodyFold.of(history), BATCH, NAMES);
    }

    private CustodyStateView manifestAfter(UUID manifest, Object... events) {
        history.addAll(List.of(events));
        return StateViews.ofManifest(CustodyFold.of(history), manifest, NAMES);
    }

    private void given(Object... events) {
        history.addAll(List.of(events));
    }

    private void givenOnTheRoad() {
        given(registered("1000"), new BatchAllocated(BATCH, MANIFEST, null), drafted(MANIFEST, RECEIVER, null, "1000"),
                new ManifestSubmitted(MANIFEST, "20263602000001", null, null),
                new ManifestPickedUp(MANIFEST, CARRIER, "赣H12345", DRIVER, AT, null),
                new BatchPickedUp(BATCH, MANIFEST, CARRIER, AT));
    }

    private void givenReceivedWithDiscrepancy() {
        givenOnTheRoad();
        given(new ManifestArrived(MANIFEST, CARRIER, AT, AT.plusSeconds(86_400), null),
                new BatchDelivered(BATCH, MANIFEST, RECEIVER, AT),
                new DiscrepancyRecorded(MANIFEST, BATCH, List.of(DiscrepancyKind.QUANTITY), Quantity.kg("1000"),
                        Quantity.kg("900"), 5, 5, "过磅少10%"),
                received(MANIFEST, RECEIVER, LineDecision.PARTIAL, "900", "D9", List.of(DiscrepancyKind.QUANTITY)),
                new BatchReceived(BATCH, MANIFEST, RECEIVER, Quantity.kg("900"), true, AT));
    }

    private void givenRejected() {
        givenOnTheRoad();
        given(new ManifestArrived(MANIFEST, CARRIER, AT, AT.plusSeconds(86_400), null),
                new BatchDelivered(BATCH, MANIFEST, RECEIVER, AT),
                received(MANIFEST, RECEIVER, LineDecision.REJECT, null, null, List.of(DiscrepancyKind.NAME)),
                new BatchRejected(BATCH, MANIFEST, RECEIVER, "与联单不符", AT));
    }

    @Test
    void R24_nothing_recorded_yet_is_not_yet_existing() {
        CustodyStateView state = batchAfter();

        assertThat(state.status()).isEqualTo(CustodyStateView.NOT_YET_EXISTING);
        assertThat(state.custodyHolder()).isNull();
        assertThat(state.batches()).isEmpty();
        assertThat(StateViews.ofManifest(CustodyFold.of(List.of(registered("1"))), MANIFEST, NAMES).status())
                .isEqualTo(CustodyStateView.NOT_YET_EXISTING);
    }

    @Test
    void R24_a_registered_batch_is_in_storage_at_its_producer_with_its_declared_quantity() {
        CustodyStateView state = batchAfter(registered("1000.500"));

        assertThat(state.status()).isEqualTo("IN_STORAGE");
        assertThat(state.custodyHolder().enterpriseId()).isEqualTo(PRODUCER);
        assertThat(state.custodyHolder().name()).isEqualTo("景德镇市昌南化工有限公司");
        assertThat(state.declared()).isEqualTo(new QuantityView("1000.500", "kg"));
        assertThat(state.accepted()).isNull();
        assertThat(state.batches().get(0).labelId()).isEqualTo(LABEL);
    }

    @Test
    void R24_an_allocated_batch_stays_with_its_producer_and_takes_the_planned_method() {
        CustodyStateView state = batchAfter(registered("1000"), new BatchAllocated(BATCH, MANIFEST, null),
                drafted(MANIFEST, RECEIVER, null, "1000"));

        assertThat(state.status()).isEqualTo("ALLOCATED");
        assertThat(state.custodyHolder().enterpriseId()).isEqualTo(PRODUCER);
        assertThat(state.method()).isEqualTo("D10");
        assertThat(state.batches().get(0).manifestId()).isEqualTo(MANIFEST);
        assertThat(state.manifests().get(0).status()).isEqualTo("DRAFT");
    }

    @Test
    void R24_a_submitted_manifest_has_its_number_and_its_lines_declared_total() {
        given(registered("1000"), new BatchAllocated(BATCH, MANIFEST, null), drafted(MANIFEST, RECEIVER, null, "1000"));

        CustodyStateView state = manifestAfter(MANIFEST, new ManifestSubmitted(MANIFEST, "20263602000001", null, null));

        assertThat(state.status()).isEqualTo("SUBMITTED");
        assertThat(state.manifestNumbers()).containsExactly("20263602000001");
        assertThat(state.custodyHolder().enterpriseId()).isEqualTo(PRODUCER);
        assertThat(state.declared()).isEqualTo(new QuantityView("1000", "kg"));
    }

    @Test
    void R24_a_cancelled_manifest_releases_its_batch_to_storage() {
        given(registered("1000"), new BatchAllocated(BATCH, MANIFEST, null), drafted(MANIFEST, RECEIVER, null, "1000"));

        CustodyStateView state = manifestAfter(MANIFEST, new ManifestCancelled(MANIFEST, "车辆故障", null, null),
                new BatchReleased(BATCH, MANIFEST, "车辆故障"));

        assertThat(state.status()).isEqualTo("CANCELLED");
        assertThat(state.batches().get(0).status()).isEqualTo("IN_STORAGE");
        assertThat(state.batches().get(0).custodyHolder().enterpriseId()).isEqualTo(PRODUCER);
    }

    @Test
    void R24_a_pickup_puts_the_carrier_in_custody_of_manifest_and_batch() {
        givenOnTheRoad();

        CustodyStateView manifest = manifestAfter(MANIFEST);
        CustodyStateView batch = batchAfter();

        assertThat(manifest.status()).isEqualTo("IN_TRANSIT");
        assertThat(manifest.custodyHolder().enterpriseId()).isEqualTo(CARRIER);
        assertThat(batch.status()).isEqualTo("IN_TRANSIT");
        assertThat(batch.custodyHolder().name()).isEqualTo("景德镇市安运危险货物运输有限公司");
    }

    @Test
    void R24_loading_refused_and_recorded_refusals_change_no_state() {
        given(registered("1000"), new BatchAllocated(BATCH, MANIFEST, null), drafted(MANIFEST, RECEIVER, null, "1000"),
                new ManifestSubmitted(MANIFEST, "20263602000001", null, null));

        CustodyStateView state = manifestAfter(MANIFEST, new LoadingRefused(MANIFEST, CARRIER, List.of(LABEL),
                List.of()), new RefusalRecorded(MANIFEST, "pickup", "R14", "approval used up"));

        assertThat(state.status()).isEqualTo("SUBMITTED");
        assertThat(state.custodyHolder().enterpriseId()).isEqualTo(PRODUCER);
    }

    @Test
    void R24_custody_moves_to_the_next_carrier_only_when_the_handover_completes() {
        givenOnTheRoad();

        CustodyStateView offered = batchAfter(new HandoverOffered(MANIFEST, CARRIER, NEXT_CARRIER, AT, null));
        assertThat(offered.custodyHolder().enterpriseId()).isEqualTo(CARRIER);

        CustodyStateView completed = batchAfter(new HandoverCompleted(MANIFEST, CARRIER, NEXT_CARRIER, "赣C23456", AT, null));
        assertThat(completed.custodyHolder().enterpriseId()).isEqualTo(NEXT_CARRIER);
        assertThat(completed.manifests().get(0).custodyHolder().enterpriseId()).isEqualTo(NEXT_CARRIER);
    }

    @Test
    void R24_on_arrival_the_carrier_still_holds_the_waste_and_an_overdue_receipt_shows() {
        givenOnTheRoad();

        CustodyStateView state = manifestAfter(MANIFEST, new ManifestArrived(MANIFEST, CARRIER, AT, AT, null),
                new BatchDelivered(BATCH, MANIFEST, RECEIVER, AT), new ReceiptOverdue(MANIFEST, RECEIVER, AT));

        assertThat(state.status()).isEqualTo("ARRIVED");
        assertThat(state.custodyHolder().enterpriseId()).isEqualTo(CARRIER);
        assertThat(state.batches().get(0).status()).isEqualTo("ARRIVED");
        assertThat(state.manifests().get(0).receiptOverdue()).isTrue();
    }

    @Test
    void R24_a_receipt_gives_custody_to_the_receiver_with_the_accepted_quantity_and_method() {
        givenReceivedWithDiscrepancy();

        CustodyStateView manifest = manifestAfter(MANIFEST);
        CustodyStateView batch = batchAfter();

        assertThat(manifest.status()).isEqualTo("RECEIVED");
        assertThat(manifest.custodyHolder().enterpriseId()).isEqualTo(RECEIVER);
        assertThat(manifest.accepted()).isEqualTo(new QuantityView("900", "kg"));
        assertThat(manifest.method()).isEqualTo("D9");
        assertThat(manifest.manifests().get(0).outcome().name()).isEqualTo("PARTIALLY_ACCEPTED");
        assertThat(batch.status()).isEqualTo("RECEIVED");
        assertThat(batch.accepted()).isEqualTo(new QuantityView("900", "kg"));
        assertThat(batch.method()).isEqualTo("D9");
    }

    @Test
    void R24_a_discrepancy_stays_open_on_the_manifest_and_its_batch() {
        givenReceivedWithDiscrepancy();

        CustodyStateView manifest = manifestAfter(MANIFEST);
        CustodyStateView batch = batchAfter();

        assertThat(manifest.openDiscrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kinds()).containsExactly(DiscrepancyKind.QUANTITY);
            assertThat(d.declared()).isEqualTo(new QuantityView("1000", "kg"));
            assertThat(d.accepted()).isEqualTo(new QuantityView("900", "kg"));
        });
        assertThat(batch.openDiscrepancies()).hasSize(1);
    }

    @Test
    void R24_a_disposal_closes_the_batch_and_counts_for_the_manifest_that_accepted_it() {
        givenReceivedWithDiscrepancy();
        given(new BatchDisposed(BATCH, RECEIVER, "D10", Quantity.kg("880"), LocalDate.of(2026, 11, 26), null, null));

        CustodyStateView batch = batchAfter();
        CustodyStateView manifest = manifestAfter(MANIFEST);

        assertThat(batch.status()).isEqualTo("DISPOSED");
        assertThat(batch.disposed()).isEqualTo(new QuantityView("880", "kg"));
        assertThat(batch.method()).isEqualTo("D10");
        assertThat(batch.custodyHolder().enterpriseId()).isEqualTo(RECEIVER);
        assertThat(manifest.disposed()).isEqualTo(new QuantityView("880", "kg"));
    }

    @Test
    void R24_a_rejected_batch_waits_at_the_receiver_that_rejected_it() {
        givenRejected();

        CustodyStateView batch = batchAfter();

        assertThat(batch.status()).isEqualTo("REJECTED");
        assertThat(batch.custodyHolder().enterpriseId()).isEqualTo(RECEIVER);
        assertThat(batch.accepted()).isNull();
        assertThat(batch.manifests().get(0).outcome().name()).isEqualTo("REJECTED");
    }

    @Test
    void R24_a_follow_on_manifest_holds_the_rejected_waste_where_it_waits_until_pickup() {
        givenRejected();
        given(new BatchAllocated(BATCH, FOLLOW_ON, null), drafted(FOLLOW_ON, OTHER_RECEIVER, MANIFEST, "1000"),
                new FollowOnLinked(MANIFEST, FOLLOW_ON, ManifestKind.REDIRECT));

        CustodyStateView followOn = manifestAfter(FOLLOW_ON);
        CustodyStateView batch = batchAfter();

        assertThat(followOn.custodyHolder().enterpriseId()).isEqualTo(RECEIVER);
        assertThat(followOn.manifests()).extracting(CustodyStateView.CustodyManifestState::followOnManifestId)
                .containsExactly(FOLLOW_ON, null);
        assertThat(batch.status()).isEqualTo("ALLOCATED");
        assertThat(batch.custodyHolder().enterpriseId()).isEqualTo(RECEIVER);
    }

    @Test
    void R24_a_cancelled_follow_on_puts_the_batch_back_to_rejected() {
        givenRejected();
        given(new BatchAllocated(BATCH, FOLLOW_ON, null), drafted(FOLLOW_ON, OTHER_RECEIVER, MANIFEST, "1000"));

        CustodyStateView batch = batchAfter(new ManifestCancelled(FOLLOW_ON, "改期", null, null),
                new BatchReleased(BATCH, FOLLOW_ON, "改期"));

        assertThat(batch.status()).isEqualTo("REJECTED");
        assertThat(batch.batches().get(0).manifestId()).isEqualTo(MANIFEST);
    }

    @Test
    void R24_waste_returned_to_its_producer_is_in_storage_again_with_the_quantity_taken_back() {
        givenRejected();
        given(new BatchAllocated(BATCH, FOLLOW_ON, null), returning(FOLLOW_ON, MANIFEST, "1000"),
                new ManifestSubmitted(FOLLOW_ON, "20263602000002", null, null),
                new ManifestPickedUp(FOLLOW_ON, CARRIER, "赣H12345", DRIVER, AT, null),
                new BatchPickedUp(BATCH, FOLLOW_ON, CARRIER, AT),
                new ManifestArrived(FOLLOW_ON, CARRIER, AT, AT.plusSeconds(86_400), null),
                new BatchDelivered(BATCH, FOLLOW_ON, PRODUCER, AT));

        CustodyStateView batch = batchAfter(received(FOLLOW_ON, PRODUCER, LineDecision.ACCEPT, "990", null, List.of()),
                new BatchReturnedToStorage(BATCH, FOLLOW_ON, Quantity.kg("990"), AT));

        assertThat(batch.status()).isEqualTo("IN_STORAGE");
        assertThat(batch.custodyHolder().enterpriseId()).isEqualTo(PRODUCER);
        assertThat(batch.declared()).isEqualTo(new QuantityView("990", "kg"));
        assertThat(batch.accepted()).isNull();
    }

    @Test
    void R24_an_applied_correction_changes_the_planned_method_and_a_proposal_does_not() {
        given(registered("1000"), new BatchAllocated(BATCH, MANIFEST, null), drafted(MANIFEST, RECEIVER, null, "1000"));
        List<FieldChange> changes = List.of(new FieldChange("plannedMethod", "D10", "R9"));

        CustodyStateView proposed = manifestAfter(MANIFEST, new CorrectionProposed(MANIFEST, FOLLOW_ON, PRODUCER,
                changes, "改为再生利用", List.of(RECEIVER, CARRIER), null, null));
        assertThat(proposed.method()).isEqualTo("D10");

        CustodyStateView applied = manifestAfter(MANIFEST, new CorrectionApplied(MANIFEST, FOLLOW_ON, changes));
        assertThat(applied.method()).isEqualTo("R9");
    }

    @Test
    void R24_a_batch_past_its_storage_limit_is_marked_overdue() {
        CustodyStateView state = batchAfter(registered("1000"), new BatchStorageOverdue(BATCH, PRODUCER, AT));

        assertThat(state.batches().get(0).storageOverdue()).isTrue();
    }

    @Test
    void R24_totals_add_one_unit_exactly_convert_masses_to_tonnes_and_refuse_to_mix_volumes() {
        assertThat(Totals.sum(List.of(Quantity.kg("1.5"), Quantity.kg("2.25")))).isEqualTo(Quantity.kg("3.75"));
        assertThat(Totals.sum(List.of(Quantity.kg("500"), Quantity.tonnes("1.2"))).value())
                .isEqualByComparingTo("1.7");
        assertThat(Totals.sum(List.of(Quantity.kg("500"),
                new Quantity(new BigDecimal("2"), QuantityUnit.L)))).isNull();
        assertThat(Totals.sum(List.of())).isNull();
    }
}
