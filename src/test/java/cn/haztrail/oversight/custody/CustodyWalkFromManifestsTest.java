package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.web.QuantityView;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.haztrail.oversight.custody.CustodyEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: the chain of a batch is its own stream plus the streams of the manifests it was on, found without the
 * custody events its stream held before (R24); a store that still has them lists each stream and event once.
 */
class CustodyWalkFromManifestsTest {

    private static final Instant DRAFTED = AT.plusSeconds(60);
    private static final Instant PICKED_UP = AT.plusSeconds(3_600);
    private static final Instant ARRIVED = AT.plusSeconds(7_200);
    private static final Instant RECEIVED = AT.plusSeconds(10_800);

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final Map<UUID, Long> sequences = new HashMap<>();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    private void append(StreamRef stream, Instant at, Object payload) {
        long sequence = sequences.merge(stream.id(), 1L, Long::sum) - 1;
        store.publish(new GenericDomainEventMessage<>(stream.kind().aggregateType(), stream.id().toString(), sequence,
                payload, Map.of(AuditMetadata.BUSINESS_TIME, at.toString()), UUID.randomUUID().toString(), at));
    }

    private void givenATrip(boolean withBatchCustodyEvents) {
        StreamRef batch = StreamRef.batch(BATCH);
        StreamRef manifest = StreamRef.manifest(MANIFEST);
        append(batch, AT, registered("1000"));
        if (withBatchCustodyEvents) {
            append(batch, DRAFTED, new BatchAllocated(BATCH, MANIFEST, DRAFTED));
        }
        append(manifest, DRAFTED, drafted(MANIFEST, RECEIVER, null, "1000"));
        append(manifest, DRAFTED, new ManifestSubmitted(MANIFEST, "20263602000001", DRAFTED, null));
        append(manifest, PICKED_UP, new ManifestPickedUp(MANIFEST, CARRIER, "赣H12345", DRIVER, PICKED_UP, null));
        if (withBatchCustodyEvents) {
            append(batch, PICKED_UP, new BatchPickedUp(BATCH, MANIFEST, CARRIER, PICKED_UP));
        }
        append(manifest, ARRIVED, new ManifestArrived(MANIFEST, CARRIER, ARRIVED, ARRIVED.plusSeconds(86_400), null));
        if (withBatchCustodyEvents) {
            append(batch, ARRIVED, new BatchDelivered(BATCH, MANIFEST, RECEIVER, ARRIVED));
        }
        append(manifest, RECEIVED, received(MANIFEST, RECEIVER, LineDecision.PARTIAL, "900", "D9",
                List.of(DiscrepancyKind.QUANTITY)));
        if (withBatchCustodyEvents) {
            append(batch, RECEIVED, new BatchReceived(BATCH, MANIFEST, RECEIVER, Quantity.kg("900"), true, RECEIVED));
        }
    }

    /** The walk with the manifests the batch-view keeps for each batch (batch_trip). */
    private StreamWalker.Walk walk(Instant asOf) {
        StreamWalker walker = new StreamWalker(store, id -> id.equals(BATCH) ? List.of(MANIFEST) : List.of());
        return walker.walk(StreamRef.batch(BATCH), new TimeCut(asOf, null));
    }

    private static CustodyStateView state(StreamWalker.Walk walk) {
        return StateViews.ofBatch(CustodyFold.of(walk.events().stream().map(ChainEvent::payload).toList()), BATCH,
                NAMES);
    }

    @Test
    void R24_a_batch_chain_reads_the_manifests_the_batch_was_on_without_batch_custody_events() {
        givenATrip(false);

        StreamWalker.Walk walk = walk(null);

        assertThat(walk.streams()).containsExactly(StreamRef.batch(BATCH), StreamRef.manifest(MANIFEST));
        assertThat(walk.events()).extracting(ChainEvent::eventType).containsExactly("BatchRegistered",
                "ManifestDrafted", "ManifestSubmitted", "ManifestPickedUp", "ManifestArrived", "ManifestReceived");
        CustodyStateView state = state(walk);
        assertThat(state.status()).isEqualTo("RECEIVED");
        assertThat(state.custodyHolder().enterpriseId()).isEqualTo(RECEIVER);
        assertThat(state.accepted()).isEqualTo(new QuantityView("900", "kg"));
        assertThat(state.manifestNumbers()).containsExactly("20263602000001");
    }

    @Test
    void R24_as_of_a_moment_between_pickup_and_arrival_the_batch_is_in_transit_with_the_carrier() {
        givenATrip(false);

        StreamWalker.Walk walk = walk(PICKED_UP.plusSeconds(1));

        assertThat(walk.events()).extracting(ChainEvent::eventType).containsExactly("BatchRegistered",
                "ManifestDrafted", "ManifestSubmitted", "ManifestPickedUp");
        CustodyStateView state = state(walk);
        assertThat(state.status()).isEqualTo("IN_TRANSIT");
        assertThat(state.custodyHolder().enterpriseId()).isEqualTo(CARRIER);
        assertThat(state.accepted()).isNull();
    }

    @Test
    void R24_as_of_a_moment_before_drafting_the_manifest_is_not_part_of_the_chain_yet() {
        givenATrip(false);

        StreamWalker.Walk walk = walk(DRAFTED.minusSeconds(1));

        assertThat(walk.streams()).containsExactly(StreamRef.batch(BATCH));
        assertThat(state(walk).status()).isEqualTo("IN_STORAGE");
    }

    @Test
    void R24_a_store_written_before_gives_the_same_state_and_lists_every_stream_and_event_once() {
        givenATrip(false);
        CustodyStateView fromManifests = state(walk(null));
        CustodyStateView asOfFromManifests = state(walk(PICKED_UP.plusSeconds(1)));
        CustodyWalkFromManifestsTest before = new CustodyWalkFromManifestsTest();
        before.givenATrip(true);

        StreamWalker.Walk walk = before.walk(null);

        assertThat(walk.streams()).containsExactly(StreamRef.batch(BATCH), StreamRef.manifest(MANIFEST));
        assertThat(walk.events()).hasSize(10).extracting(e -> e.stream().id() + "/" + e.sequenceNumber())
                .doesNotHaveDuplicates();
        assertThat(state(walk)).isEqualTo(fromManifests);
        assertThat(state(before.walk(PICKED_UP.plusSeconds(1)))).isEqualTo(asOfFromManifests);
        before.shutDown();
    }
}
