package cn.haztrail.batch.command;

import cn.haztrail.batch.api.AcceptBatch;
import cn.haztrail.batch.api.AllocateBatch;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchReleased;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.DeliverBatch;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.batch.api.PickUpBatch;
import cn.haztrail.batch.api.RejectBatch;
import cn.haztrail.batch.api.ReleaseBatch;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import cn.haztrail.shared.domain.RefusalReason;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.haztrail.batch.command.BatchSamples.*;
import static cn.haztrail.catalogue.HazardCharacteristic.I;
import static cn.haztrail.catalogue.HazardCharacteristic.T;
import static cn.haztrail.support.Refusals.refused;

/** The custody chain of a batch: allocation (R08, R10), release (R12), pickup to receipt (R15, R17, R18). */
class WasteBatchCustodyTest {

    private static final LocalDate RECEIPT_DAY = LocalDate.of(2026, 11, 24);

    private AggregateTestFixture<WasteBatch> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(firstOfTheDay());
    }

    private static List<Object> given(Object... more) {
        List<Object> events = new ArrayList<>(arrived());
        events.addAll(List.of(more));
        return events;
    }

    @Test
    void R08_a_batch_in_storage_is_allocated_and_answers_its_manifest_line() {
        fixture.given(registered())
                .when(new AllocateBatch(BATCH, MANIFEST, PRODUCER, null, null))
                .expectEvents(allocated(MANIFEST))
                .expectResultMessagePayload(new BatchLine(BATCH, LABEL, "2021", CODE, NAME, DECLARED,
                        PhysicalForm.LIQUID, DRUMS, List.of(T, I)));
    }

    @Test
    void R08_a_batch_on_one_manifest_cannot_be_allocated_to_another() {
        fixture.given(registered(), allocated(MANIFEST))
                .when(new AllocateBatch(BATCH, FOLLOW_ON, PRODUCER, null, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R08", "batchId"));
    }

    @Test
    void R08_allocating_again_to_the_same_manifest_answers_the_line_and_stores_nothing() {
        fixture.given(registered(), allocated(MANIFEST))
                .when(new AllocateBatch(BATCH, MANIFEST, PRODUCER, null, null))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void R08_a_disposed_batch_never_moves_again() {
        fixture.given(given(received(), new BatchDisposed(BATCH, RECEIVER, "D10", ACCEPTED, RECEIPT_DAY, null, null)))
                .when(new AllocateBatch(BATCH, FOLLOW_ON, PRODUCER, MANIFEST, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R08", "batchId"));
    }

    @Test
    void R08_a_received_batch_cannot_be_allocated() {
        fixture.given(given(received()))
                .when(new AllocateBatch(BATCH, FOLLOW_ON, PRODUCER, MANIFEST, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R08", "batchId"));
    }

    @Test
    void R08_a_rejected_batch_goes_on_a_follow_on_manifest_that_names_the_rejecting_one() {
        fixture.given(given(rejected()))
                .when(new AllocateBatch(BATCH, FOLLOW_ON, PRODUCER, MANIFEST, null))
                .expectEvents(allocated(FOLLOW_ON));
    }

    @Test
    void R08_a_rejected_batch_goes_only_on_a_manifest_that_follows_the_rejecting_one() {
        fixture.given(given(rejected()))
                .when(new AllocateBatch(BATCH, FOLLOW_ON, PRODUCER, null, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R08", "previousManifestId"));
    }

    @Test
    void R10_R21_a_batch_goes_only_on_its_own_producers_manifest_and_is_not_found_by_anyone_else() {
        fixture.given(registered())
                .when(new AllocateBatch(BATCH, MANIFEST, OTHER_PRODUCER, null, null))
                .expectNoEvents()
                .expectException(refused(RefusalReason.NOT_FOUND, null, "batchIds"));
    }

    @Test
    void R12_a_batch_on_a_cancelled_manifest_goes_back_to_storage() {
        fixture.given(registered(), allocated(MANIFEST))
                .when(new ReleaseBatch(BATCH, MANIFEST, "联单撤销"))
                .expectEvents(new BatchReleased(BATCH, MANIFEST, "联单撤销"));
    }

    @Test
    void R12_a_released_batch_can_be_allocated_again() {
        fixture.given(registered(), allocated(MANIFEST), new BatchReleased(BATCH, MANIFEST, "联单撤销"))
                .when(new AllocateBatch(BATCH, FOLLOW_ON, PRODUCER, null, null))
                .expectEvents(allocated(FOLLOW_ON));
    }

    @Test
    void R12_a_cancelled_follow_on_manifest_leaves_the_batch_waiting_at_the_rejecting_receiver() {
        fixture.given(given(rejected(), allocated(FOLLOW_ON), new BatchReleased(BATCH, FOLLOW_ON, "撤销")))
                .when(new AllocateBatch(BATCH, THIRD, PRODUCER, MANIFEST, null))
                .expectEvents(allocated(THIRD));
    }

    @Test
    void R08_a_batch_is_released_only_from_the_manifest_it_is_on() {
        fixture.given(registered(), allocated(MANIFEST))
                .when(new ReleaseBatch(BATCH, FOLLOW_ON, "撤销"))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R08", "manifestId"));
    }

    @Test
    void R15_a_picked_up_batch_cannot_be_released() {
        fixture.given(registered(), allocated(MANIFEST), pickedUp(MANIFEST))
                .when(new ReleaseBatch(BATCH, MANIFEST, "撤销"))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R15", "batchId"));
    }

    @Test
    void R15_the_carrier_picks_up_an_allocated_batch() {
        fixture.given(registered(), allocated(MANIFEST))
                .when(new PickUpBatch(BATCH, MANIFEST, CARRIER, PICKED_UP))
                .expectEvents(new BatchPickedUp(BATCH, MANIFEST, CARRIER, PICKED_UP))
                .expectNoScheduledDeadlines();
    }

    @Test
    void R08_a_batch_in_storage_is_on_no_manifest_to_pick_up() {
        fixture.given(registered())
                .when(new PickUpBatch(BATCH, MANIFEST, CARRIER, PICKED_UP))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R08", "manifestId"));
    }

    @Test
    void R15_a_batch_in_transit_cannot_be_picked_up_again() {
        fixture.given(registered(), allocated(MANIFEST), pickedUp(MANIFEST))
                .when(new PickUpBatch(BATCH, MANIFEST, CARRIER, PICKED_UP))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R15", "batchId"));
    }

    @Test
    void R15_a_batch_in_transit_is_delivered() {
        fixture.given(registered(), allocated(MANIFEST), pickedUp(MANIFEST))
                .when(new DeliverBatch(BATCH, MANIFEST, RECEIVER, ARRIVED))
                .expectEvents(new BatchDelivered(BATCH, MANIFEST, RECEIVER, ARRIVED));
    }

    @Test
    void R15_a_batch_not_picked_up_cannot_be_delivered() {
        fixture.given(registered(), allocated(MANIFEST))
                .when(new DeliverBatch(BATCH, MANIFEST, RECEIVER, ARRIVED))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R15", "batchId"));
    }

    @Test
    void R17_the_receiver_accepts_an_arrived_batch_with_the_weighed_quantity() {
        fixture.given(arrived())
                .when(new AcceptBatch(BATCH, MANIFEST, RECEIVER, ACCEPTED, true, RECEIVED))
                .expectEvents(new BatchReceived(BATCH, MANIFEST, RECEIVER, ACCEPTED, true, RECEIVED));
    }

    @Test
    void R17_the_accepted_quantity_is_a_positive_mass() {
        fixture.given(arrived())
                .when(new AcceptBatch(BATCH, MANIFEST, RECEIVER, new Quantity(new BigDecimal("1.3"), QuantityUnit.M3),
                        false, RECEIVED))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R17", "acceptedQuantity"));
    }

    @Test
    void R15_only_the_receiver_it_was_delivered_to_accepts_it() {
        fixture.given(arrived())
                .when(new AcceptBatch(BATCH, MANIFEST, OTHER_RECEIVER, ACCEPTED, false, RECEIVED))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R15", "receiverId"));
    }

    @Test
    void R15_a_batch_in_transit_cannot_be_accepted_before_arrival() {
        fixture.given(registered(), allocated(MANIFEST), pickedUp(MANIFEST))
                .when(new AcceptBatch(BATCH, MANIFEST, RECEIVER, ACCEPTED, false, RECEIVED))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R15", "batchId"));
    }

    @Test
    void R18_a_return_manifest_accepted_by_the_producer_puts_the_batch_back_in_storage() {
        fixture.given(registered(), allocated(MANIFEST), pickedUp(MANIFEST), delivered(MANIFEST, PRODUCER))
                .when(new AcceptBatch(BATCH, MANIFEST, PRODUCER, ACCEPTED, false, RECEIVED))
                .expectEvents(new BatchReturnedToStorage(BATCH, MANIFEST, ACCEPTED, RECEIVED))
                .expectScheduledDeadlineWithName(LIMIT, WasteBatch.STORAGE_LIMIT);
    }

    @Test
    void R18_a_returned_batch_is_allocated_again_with_its_weighed_quantity() {
        fixture.given(registered(), allocated(MANIFEST), pickedUp(MANIFEST), delivered(MANIFEST, PRODUCER),
                        new BatchReturnedToStorage(BATCH, MANIFEST, ACCEPTED, RECEIVED))
                .when(new AllocateBatch(BATCH, FOLLOW_ON, PRODUCER, null, null))
                .expectResultMessagePayload(new BatchLine(BATCH, LABEL, "2021", CODE, NAME, ACCEPTED,
                        PhysicalForm.LIQUID, DRUMS, List.of(T, I)));
    }

    @Test
    void R18_the_receiver_rejects_an_arrived_batch() {
        fixture.given(arrived())
                .when(new RejectBatch(BATCH, MANIFEST, RECEIVER, "包装破损", ARRIVED))
                .expectEvents(rejected());
    }

    @Test
    void R15_only_the_receiver_it_was_delivered_to_rejects_it() {
        fixture.given(arrived())
                .when(new RejectBatch(BATCH, MANIFEST, OTHER_RECEIVER, "包装破损", ARRIVED))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R15", "receiverId"));
    }
}
