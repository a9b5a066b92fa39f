package cn.haztrail.oversight.custody;

import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.manifest.api.ReceiptOverdue;
import cn.haztrail.shared.axon.AuditMetadata;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static cn.haztrail.oversight.custody.CustodyEvents.AT;
import static cn.haztrail.oversight.custody.CustodyEvents.BATCH;
import static cn.haztrail.oversight.custody.CustodyEvents.CARRIER;
import static cn.haztrail.oversight.custody.CustodyEvents.DRIVER;
import static cn.haztrail.oversight.custody.CustodyEvents.MANIFEST;
import static cn.haztrail.oversight.custody.CustodyEvents.RECEIVER;
import static cn.haztrail.oversight.custody.CustodyEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;

/** Which events a bitemporal reading counts, and the order it lists them in (R24). */
class ChainOrderTest {

    private static final Instant RECORDED = AT.plus(Duration.ofDays(1));

    private static ChainEvent event(StreamRef stream, long sequence, Instant businessTime, Instant recordedAt,
                                    Object payload) {
        return new ChainEvent(stream, sequence, recordedAt, payload,
                Map.of(AuditMetadata.BUSINESS_TIME, businessTime.toString()));
    }

    @Test
    void R24_events_of_several_streams_come_by_business_time_whatever_order_they_were_recorded_in() {
        StreamRef manifest = StreamRef.manifest(MANIFEST);
        StreamRef batch = StreamRef.batch(BATCH);
        ChainEvent submitted = event(manifest, 1, AT, AT, new ManifestSubmitted(MANIFEST, "20263602000001", AT, null));
        ChainEvent generated = event(batch, 0, AT.minusSeconds(3600), RECORDED, registered("1000"));

        List<ChainEvent> order = ChainOrder.merge(List.of(List.of(submitted), List.of(generated)));

        assertThat(order).containsExactly(generated, submitted);
    }

    @Test
    void R24_an_event_dated_before_an_earlier_event_of_its_own_stream_keeps_its_place_in_that_stream() {
        StreamRef manifest = StreamRef.manifest(MANIFEST);
        ChainEvent pickedUp = event(manifest, 2, AT.plusSeconds(3600), AT.plusSeconds(3600),
                new ManifestPickedUp(MANIFEST, CARRIER, "赣H12345", DRIVER, AT.plusSeconds(3600), null));
        ChainEvent arrived = event(manifest, 3, AT, RECORDED, new ManifestArrived(MANIFEST, CARRIER, AT, RECORDED, null));

        List<ChainEvent> order = ChainOrder.merge(List.of(List.of(pickedUp, arrived)));

        assertThat(order).containsExactly(pickedUp, arrived);
    }

    @Test
    void R24_a_receipt_overdue_happened_at_its_due_time_not_when_the_arrival_that_set_the_deadline_did() {
        Instant due = AT.plus(Duration.ofDays(7));
        ChainEvent overdue = event(StreamRef.manifest(MANIFEST), 4, AT, due,
                new ReceiptOverdue(MANIFEST, RECEIVER, due));

        assertThat(overdue.businessTime()).isEqualTo(due);
        assertThat(new TimeCut(due.minusSeconds(1), null).counts(overdue)).isFalse();
        assertThat(new TimeCut(due, null).counts(overdue)).isTrue();
    }

    @Test
    void R24_knownAt_counts_an_event_by_when_it_was_recorded_and_asOf_by_when_it_happened() {
        ChainEvent lateEntry = event(StreamRef.manifest(MANIFEST), 2, AT, RECORDED,
                new ManifestPickedUp(MANIFEST, CARRIER, "赣H12345", DRIVER, AT, null));

        assertThat(new TimeCut(AT, null).counts(lateEntry)).isTrue();
        assertThat(new TimeCut(null, RECORDED.minusSeconds(1)).counts(lateEntry)).isFalse();
        assertThat(new TimeCut(AT, RECORDED).counts(lateEntry)).isTrue();
        assertThat(new TimeCut(AT.minusSeconds(1), RECORDED).counts(lateEntry)).isFalse();
    }
}
