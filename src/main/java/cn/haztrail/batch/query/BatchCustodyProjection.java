package cn.haztrail.batch.query;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.query.BatchPartyRecord.Relation;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.registry.query.EnterpriseQueries;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where a batch's custody stands, from the events of the manifests it is put on (issue 16: a custody step appends to
 * the manifest only): drafting allocates its batches (R08), cancellation frees them (R12), pickup hands them to the
 * carrier (R13), arrival to the receiver (R16), and the receipt accepts, rejects or, on a return manifest, takes each
 * one back into its producer's storage (R17, R18). A step moves a batch only while the batch is on that manifest, and
 * never reopens a disposed one, so the batch's own events may be handled before or after. A step reads the batches
 * it moves in one statement, however many its manifest carries. Part of batch-view.
 */
@Component
@ProcessingGroup(BatchProjection.GROUP)
class BatchCustodyProjection {

    private final BatchRepository batches;
    private final BatchTripRepository trips;
    private final BatchParties parties;
    private final EnterpriseQueries enterprises;

    BatchCustodyProjection(BatchRepository batches, BatchTripRepository trips, BatchParties parties,
                           EnterpriseQueries enterprises) {
        this.batches = batches;
        this.trips = trips;
        this.parties = parties;
        this.enterprises = enterprises;
    }

    @EventHandler
    void on(ManifestDrafted event, @Timestamp Instant recordedAt) {
        List<UUID> batchIds = event.lines().stream().map(BatchLine::batchId).toList();
        batchIds.forEach(batchId -> trips.save(new BatchTripRecord(event.manifestId(), batchId, event.receiverId(),
                recordedAt)));
        for (BatchRecord batch : batches.findAllById(batchIds)) {
            batch.allocate(event.manifestId());
            batch.touch(recordedAt);
        }
    }

    @EventHandler
    void on(ManifestCancelled event, @Timestamp Instant recordedAt) {
        onEachBatch(event.manifestId(), recordedAt, (trip, batch) -> batch.release());
    }

    @EventHandler
    void on(ManifestPickedUp event, @Timestamp Instant recordedAt) {
        onEachBatch(event.manifestId(), recordedAt, (trip, batch) -> {
            parties.add(batch.id(), event.carrierId(), Relation.CARRIER, regionOf(event.carrierId()));
            batch.pickUp(event.carrierId());
        });
    }

    @EventHandler
    void on(ManifestArrived event, @Timestamp Instant recordedAt) {
        onEachBatch(event.manifestId(), recordedAt, (trip, batch) -> {
            String region = regionOf(trip.receiverId());
            parties.add(batch.id(), trip.receiverId(), Relation.RECEIVER, region);
            batch.deliver(trip.receiverId(), region);
        });
    }

    @EventHandler
    void on(ManifestReceived event, @Timestamp Instant recordedAt) {
        Map<UUID, LineOutcome> outcomes = event.lines().stream()
                .collect(Collectors.toMap(LineOutcome::batchId, line -> line, (first, again) -> first));
        onEachBatch(event.manifestId(), recordedAt, (trip, batch) -> {
            LineOutcome line = outcomes.get(batch.id());
            if (line != null) {
                receive(batch, event, line);
            }
        });
    }

    /**
     * Waste taken back by its consignor (a return manifest; a part split off from what a receipt did not accept
     * included, R40) is in storage again there with the weighed quantity.
     */
    static void receive(BatchRecord batch, ManifestReceived event, LineOutcome line) {
        if (line.decision() == LineDecision.REJECT) {
            batch.reject();
        } else if (event.kind() == ManifestKind.RETURN || batch.producerId().equals(event.receiverId())) {
            batch.returnToStorage(line.acceptedQuantity(), event.receiverId());
        } else {
            batch.receive(line.acceptedQuantity(), !line.discrepancies().isEmpty(), event.receivedAt());
            if (line.decision() == LineDecision.PARTIAL) {
                batch.partlyAccept();
            }
        }
    }

    private void onEachBatch(UUID manifestId, Instant recordedAt, TripStep step) {
        for (Object[] held : trips.findHeldBy(manifestId)) {
            BatchRecord batch = (BatchRecord) held[1];
            step.apply((BatchTripRecord) held[0], batch);
            batch.touch(recordedAt);
        }
    }

    private String regionOf(UUID enterpriseId) {
        // the region alone: loading the profile's licences and vehicles made every step flush the whole session
        return enterprises.regionOf(enterpriseId).orElse(null);
    }

    @FunctionalInterface
    private interface TripStep {
        void apply(BatchTripRecord trip, BatchRecord batch);
    }
}
