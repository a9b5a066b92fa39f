package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.batch.api.BatchReleased;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.web.QuantityView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.haztrail.oversight.custody.CustodyEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a batch's custody follows from its manifests' events. Every scenario is folded twice, from a store written
 * before (each step also as a custody event on the batch's stream) and from the manifests' events alone: both give the
 * same state, and that state is the one computed by hand.
 */
class CustodyFromManifestEventsTest {

    /** Each step as stored before issue 16: the manifest's event, then the batch's own custody event. */
    private final List<Object> before = new ArrayList<>();
    /** The same steps as stored after: the manifest's event only. */
    private final List<Object> after = new ArrayList<>();

    private void step(Object event, Object... batchCustodyEvents) {
        before.add(event);
        before.addAll(List.of(batchCustodyEvents));
        after.add(event);
    }

    private void draftedWith(Object drafted, Object allocated) {
        before.add(allocated);
        before.add(drafted);
        after.add(drafted);
    }

    /** The batch's state from both stores, which must agree. */
    private CustodyStateView batch() {
        CustodyStateView fromManifests = StateViews.ofBatch(CustodyFold.of(after), BATCH, NAMES);
        assertThat(StateViews.ofBatch(CustodyFold.of(before), BATCH, NAMES)).isEqualTo(fromManifests);
        return fromManifests;
    }

    private void givenSubmitted() {
        step(registered("1000"));
        draftedWith(drafted(MANIFEST, RECEIVER, null, "1000"), new BatchAllocated(BATCH, MANIFEST, null));
        step(new ManifestSubmitted(MANIFEST, "20263602000001", null, null));
    }

    private void givenArrived() {
        givenSubmitted();
        step(new ManifestPickedUp(MANIFEST, CARRIER, "赣H12345", DRIVER, AT, null),
                new BatchPickedUp(BATCH, MANIFEST, CARRIER, AT));
        step(new ManifestArrived(MANIFEST, CARRIER, AT, AT.plusSeconds(86_400), null),
                new BatchDelivered(BATCH, MANIFEST, RECEIVER, AT));
    }

    private void givenRejected() {
        givenArrived();
        step(received(MANIFEST, RECEIVER, LineDecision.REJECT, null, null, List.of(DiscrepancyKind.NAME)),
                new BatchRejected(BATCH, MANIFEST, RECEIVER, "与联单不符", AT));
    }

    @Test
    void R08_a_drafted_manifest_allocates_its_batch_which_stays_with_its_producer() {
        givenSubmitted();

        CustodyStateView state = batch();

        assertThat(state.status()).isEqualTo("ALLOCATED");
        assertThat(state.batches().get(0).manifestId()).isEqualTo(MANIFEST);
        assertThat(state.custodyHolder().enterpriseId()).isEqualTo(PRODUCER);
    }

    @Test
    void R12_a_cancelled_manifest_puts_its_batch_back_in_storage_at_its_producer() {
        givenSubmitted();
        step(new ManifestCancelled(MANIFEST, "车辆故障", null, null), new BatchReleased(BATCH, MANIFEST, "车辆故障"));

        CustodyStateView state = batch();

        assertThat(state.status()).isEqualTo("IN_STORAGE");
        assertThat(state.batches().get(0).manifestId()).isNull();
        assertThat(state.custodyHolder().enterpriseId()).isEqualTo(PRODUCER);
    }

    @Test
    void R15_pickup_gives_the_batch_to_the_carrier_and_arrival_keeps_it_with_the_carrier() {
        givenSubmitted();
        step(new ManifestPickedUp(MANIFEST, CARRIER, "赣H12345", DRIVER, AT, null),
                new BatchPickedUp(BATCH, MANIFEST, CARRIER, AT));
        assertThat(batch().status()).isEqualTo("IN_TRANSIT");
        assertThat(batch().custodyHolder().enterpriseId()).isEqualTo(CARRIER);

        step(new ManifestArrived(MANIFEST, CARRIER, AT, AT.plusSeconds(86_400), null),
                new BatchDelivered(BATCH, MANIFEST, RECEIVER, AT));
        assertThat(batch().status()).isEqualTo("ARRIVED");
        assertThat(batch().custodyHolder().enterpriseId()).isEqualTo(CARRIER);
    }

    @Test
    void R17_a_partial_receipt_gives_the_batch_to_the_receiver_with_the_weighed_quantity() {
        givenArrived();
        step(received(MANIFEST, RECEIVER, LineDecision.PARTIAL, "900", "D9", List.of(DiscrepancyKind.QUANTITY)),
                new BatchReceived(BATCH, MANIFEST, RECEIVER, Quantity.kg("900"), true, AT));

        CustodyStateView state = batch();

        assertThat(state.status()).isEqualTo("RECEIVED");
        assertThat(state.custodyHolder().enterpriseId()).isEqualTo(RECEIVER);
        assertThat(state.declared()).isEqualTo(new QuantityView("1000", "kg"));
        assertThat(state.accepted()).isEqualTo(new QuantityView("900", "kg"));
        assertThat(state.method()).isEqualTo("D9");
    }

    @Test
    void R19_a_disposal_after_a_receipt_from_manifest_events_closes_the_batch_at_the_receiver() {
        givenArrived();
        step(received(MANIFEST, RECEIVER, LineDecision.ACCEPT, "1000", "D10", List.of()),
                new BatchReceived(BATCH, MANIFEST, RECEIVER, Quantity.kg("1000"), false, AT));
        step(new BatchDisposed(BATCH, RECEIVER, "D10", Quantity.kg("1000"), LocalDate.of(2026, 11, 26), null, null));

        CustodyStateView state = batch();

        assertThat(state.status()).isEqualTo("DISPOSED");
        assertThat(state.disposed()).isEqualTo(new QuantityView("1000", "kg"));
        assertThat(state.custodyHolder().enterpriseId()).isEqualTo(RECEIVER);
    }

    @Test
    void R18_a_rejected_batch_waits_at_the_receiver_that_rejected_it() {
        givenRejected();

        CustodyStateView state = batch();

        assertThat(state.status()).isEqualTo("REJECTED");
        assertThat(state.custodyHolder().enterpriseId()).isEqualTo(RECEIVER);
        assertThat(state.accepted()).isNull();
    }

    @Test
    void R18_a_cancelled_follow_on_leaves_the_batch_rejected_on_the_manifest_that_rejected_it() {
        givenRejected();
        draftedWith(returning(FOLLOW_ON, MANIFEST, "1000"), new BatchAllocated(BATCH, FOLLOW_ON, null));
        assertThat(batch().status()).isEqualTo("ALLOCATED");
        assertThat(batch().custodyHolder().enterpriseId()).isEqualTo(RECEIVER);

        step(new ManifestCancelled(FOLLOW_ON, "改期", null, null), new BatchReleased(BATCH, FOLLOW_ON, "改期"));

        assertThat(batch().status()).isEqualTo("REJECTED");
        assertThat(batch().batches().get(0).manifestId()).isEqualTo(MANIFEST);
        assertThat(batch().custodyHolder().enterpriseId()).isEqualTo(RECEIVER);
    }

    @Test
    void R18_a_return_manifest_brings_the_batch_back_into_its_producers_storage_with_the_weighed_quantity() {
        givenRejected();
        draftedWith(returning(FOLLOW_ON, MANIFEST, "1000"), new BatchAllocated(BATCH, FOLLOW_ON, null));
        step(new ManifestSubmitted(FOLLOW_ON, "20263602000002", null, null));
        step(new ManifestPickedUp(FOLLOW_ON, CARRIER, "赣H12345", DRIVER, AT, null),
                new BatchPickedUp(BATCH, FOLLOW_ON, CARRIER, AT));
        step(new ManifestArrived(FOLLOW_ON, CARRIER, AT, AT.plusSeconds(86_400), null),
                new BatchDelivered(BATCH, FOLLOW_ON, PRODUCER, AT));
        step(received(FOLLOW_ON, PRODUCER, LineDecision.ACCEPT, "990", null, List.of()),
                new BatchReturnedToStorage(BATCH, FOLLOW_ON, Quantity.kg("990"), AT));

        CustodyStateView state = batch();

        assertThat(state.status()).isEqualTo("IN_STORAGE");
        assertThat(state.custodyHolder().enterpriseId()).isEqualTo(PRODUCER);
        assertThat(state.declared()).isEqualTo(new QuantityView("990", "kg"));
        assertThat(state.accepted()).isNull();
        assertThat(state.batches().get(0).manifestId()).isNull();
    }

    @Test
    void R08_another_batchs_line_on_a_manifest_does_not_move_a_batch_that_is_not_on_it() {
        givenRejected();
        draftedWith(returning(FOLLOW_ON, MANIFEST, "1000"), new BatchAllocated(BATCH, FOLLOW_ON, null));
        // a late copy of the first manifest's arrival must not pull the batch off its follow-on manifest
        step(new ManifestArrived(MANIFEST, CARRIER, AT, AT.plusSeconds(86_400), null));

        assertThat(batch().status()).isEqualTo("ALLOCATED");
        assertThat(batch().batches().get(0).manifestId()).isEqualTo(FOLLOW_ON);
    }
}
