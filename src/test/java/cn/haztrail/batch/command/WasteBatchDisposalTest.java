package cn.haztrail.batch.command;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.RecordDisposal;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import cn.haztrail.shared.domain.RefusalReason;
import cn.haztrail.shared.time.TestStepTimes;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.batch.command.BatchSamples.*;
import static cn.haztrail.support.Refusals.refused;

/** Utilization or disposal of a received batch, which closes it (R19, R08). */
class WasteBatchDisposalTest {

    /** The receipt instant of {@link BatchSamples#RECEIVED} is on the 24th in Shanghai. */
    private static final LocalDate RECEIPT_DAY = LocalDate.of(2026, 11, 24);
    private static final Instant AFTER_RECEIPT = Instant.parse("2026-11-25T02:00:00Z");

    /** Where the batch's custody stands: accepted by {@link BatchSamples#RECEIVER} unless a test says otherwise. */
    private final FakeCustodyBook book = new FakeCustodyBook().holding(receivedBy(RECEIVER));
    private AggregateTestFixture<WasteBatch> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(firstOfTheDay(), TestStepTimes.notUnderTest(), book);
    }

    private static List<Object> given(Object... more) {
        List<Object> events = new ArrayList<>(arrived());
        events.addAll(List.of(more));
        return events;
    }

    private static RecordDisposal disposal(UUID receiver, String method, Quantity quantity, LocalDate on) {
        return new RecordDisposal(BATCH, receiver, method, quantity, on, null, null, null, null);
    }

    @Test
    void R19_the_accepting_receiver_records_disposal_and_the_batch_closes() {
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(given(received()))
                .when(disposal(RECEIVER, "d10", Quantity.kg("1200"), RECEIPT_DAY))
                .expectEvents(new BatchDisposed(BATCH, RECEIVER, "D10", Quantity.kg("1200"), RECEIPT_DAY, null, null));
    }

    @Test
    void R19_another_receiver_cannot_record_the_disposal() {
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(given(received()))
                .when(disposal(OTHER_RECEIVER, "D10", ACCEPTED, RECEIPT_DAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R19", "receiverId"));
    }

    @Test
    void R19_a_batch_still_in_storage_cannot_be_disposed_of() {
        book.holding(custody(BatchStatus.IN_STORAGE, null, null));
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(registered())
                .when(disposal(RECEIVER, "D10", ACCEPTED, RECEIPT_DAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R19", "receiverId"));
    }

    @Test
    void R19_the_disposed_quantity_is_not_above_the_accepted_one() {
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(given(received()))
                .when(disposal(RECEIVER, "D10", Quantity.kg("1200.001"), RECEIPT_DAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R19", "quantity"));
    }

    @Test
    void R19_the_disposed_quantity_is_a_mass() {
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(given(received()))
                .when(disposal(RECEIVER, "D10", new Quantity(BigDecimal.ONE, QuantityUnit.L), RECEIPT_DAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R19", "quantity"));
    }

    @Test
    void R19_disposal_cannot_precede_the_receipt_day_in_shanghai() {
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(given(received()))
                .when(disposal(RECEIVER, "D10", ACCEPTED, RECEIPT_DAY.minusDays(1)))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R19", "disposedOn"));
    }

    @Test
    void a_disposal_cannot_be_recorded_for_a_future_day() {
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(given(received()))
                .when(disposal(RECEIVER, "D10", ACCEPTED, LocalDate.of(2026, 11, 26)))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, null, "disposedOn"));
    }

    @Test
    void R19_a_storage_code_does_not_close_a_batch() {
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(given(received()))
                .when(disposal(RECEIVER, "HTS1", ACCEPTED, RECEIPT_DAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R19", "methodCode"));
    }

    @Test
    void R19_an_unknown_method_code_is_refused() {
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(given(received()))
                .when(disposal(RECEIVER, "D99", ACCEPTED, RECEIPT_DAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R19", "methodCode"));
    }

    @Test
    void R08_a_disposed_batch_is_not_disposed_of_twice() {
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(given(received(), new BatchDisposed(BATCH, RECEIVER, "D10", ACCEPTED, RECEIPT_DAY, null, null)))
                .when(disposal(RECEIVER, "D10", ACCEPTED, RECEIPT_DAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.CONFLICT, "R08", "batchId"));
    }

    @Test
    void R19_a_rejected_batch_cannot_be_disposed_of_by_the_rejecting_receiver() {
        book.holding(custody(BatchStatus.REJECTED, MANIFEST, null));
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(given(rejected()))
                .when(disposal(RECEIVER, "D10", ACCEPTED, RECEIPT_DAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R19", "receiverId"));
    }

    @Test
    void a_stale_expected_version_is_refused() {
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(given(received()))
                .when(new RecordDisposal(BATCH, RECEIVER, "D10", ACCEPTED, RECEIPT_DAY, 2L, null, null, null))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void R19_a_batch_whose_manifest_was_received_is_disposed_of_without_custody_events_of_its_own() {
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(registered())
                .when(disposal(RECEIVER, "D10", ACCEPTED, RECEIPT_DAY))
                .expectEvents(new BatchDisposed(BATCH, RECEIVER, "D10", ACCEPTED, RECEIPT_DAY, null, null));
    }

    @Test
    void R19_a_batch_on_a_manifest_still_in_transit_cannot_be_disposed_of() {
        book.holding(custody(BatchStatus.IN_TRANSIT, MANIFEST, null));
        fixture.givenCurrentTime(AFTER_RECEIPT)
                .andGiven(registered())
                .when(disposal(RECEIVER, "D10", ACCEPTED, RECEIPT_DAY))
                .expectNoEvents()
                .expectException(refused(RefusalReason.RULE_VIOLATED, "R19", "receiverId"));
    }
}
