package cn.haztrail.batch.query;

import cn.haztrail.batch.api.BatchAllocated;
import cn.haztrail.batch.api.BatchDelivered;
import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchPickedUp;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchRejected;
import cn.haztrail.batch.api.BatchReleased;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.batch.api.BatchStorageOverdue;
import cn.haztrail.batch.query.BatchPartyRecord.Relation;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.WasteCodeEntry;
import cn.haztrail.registry.query.EnterpriseQueries;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Batches as parties and regulators read them, from the batch's own events (registration, storage overdue,
 * disposal); where its custody stands follows from its manifests' events ({@link BatchCustodyProjection}).
 * Subscribing: updated in the command's own transaction, so the answer to a write and its ETag already show the
 * write. Regions are looked up once, when an enterprise becomes party to a batch, so that a regulator's list is one
 * query.
 */
@Component
@ProcessingGroup(BatchProjection.GROUP)
class BatchProjection {

    static final String GROUP = "batch-view";

    private final BatchRepository batches;
    private final BatchParties parties;
    private final EnterpriseQueries enterprises;
    private final WasteCatalogue catalogue;

    BatchProjection(BatchRepository batches, BatchParties parties, EnterpriseQueries enterprises,
                    WasteCatalogue catalogue) {
        this.batches = batches;
        this.parties = parties;
        this.enterprises = enterprises;
        this.catalogue = catalogue;
    }

    @EventHandler
    void on(BatchRegistered event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        String region = regionOf(event.producerId());
        String name = catalogue.find(event.edition(), WasteCode.parse(event.wasteCode()))
                .map(WasteCodeEntry::description).orElse(event.wasteCode());
        var batch = new BatchRecord(event.batchId(), event.producerId(), region, event.labelId(), event.edition(),
                event.wasteCode(), name, event.quantity(), event.form(), event.packaging().type(),
                event.packaging().count(), event.hazards().stream().map(HazardCharacteristic::code).toList(),
                event.mainComponents(), event.generatedAt(), event.storageLocation(), event.storageLimitAt());
        batch.advance(version, recordedAt);
        batches.save(batch);
        parties.add(event.batchId(), event.producerId(), Relation.PRODUCER, region);
    }

    /** A batch its holder made from shares of others (R39-R41): the holder is its producer in every list. */
    @EventHandler
    void on(BatchRepacked event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        String region = regionOf(event.holderId());
        String name = catalogue.find(event.edition(), WasteCode.parse(event.wasteCode()))
                .map(WasteCodeEntry::description).orElse(event.wasteCode());
        var batch = new BatchRecord(event.batchId(), event.holderId(), region, event.labelId(), event.edition(),
                event.wasteCode(), name, event.quantity(), event.form(), event.packaging().type(),
                event.packaging().count(), event.hazards().stream().map(HazardCharacteristic::code).toList(),
                null, event.repackedAt(), null, event.storageLimitAt());
        batch.madeFromShares();
        batch.advance(version, recordedAt);
        batches.save(batch);
        parties.add(event.batchId(), event.holderId(), Relation.PRODUCER, region);
        // the sources' own streams are not appended to: their version (ETag) stays, their state moves
        event.sources().forEach(share -> batches.findById(share.batchId()).ifPresent(source -> {
            source.shareOut(share.quantity());
            source.touch(recordedAt);
        }));
    }

    // The seven custody events a batch's stream held before issue 16: the manifest's events carry the same steps
    // (BatchCustodyProjection), so these only move the stream's version, which is the batch's ETag.

    @EventHandler
    void on(BatchAllocated event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        versionOnly(event.batchId(), version, recordedAt);
    }

    @EventHandler
    void on(BatchReleased event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        versionOnly(event.batchId(), version, recordedAt);
    }

    @EventHandler
    void on(BatchPickedUp event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        versionOnly(event.batchId(), version, recordedAt);
    }

    @EventHandler
    void on(BatchDelivered event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        versionOnly(event.batchId(), version, recordedAt);
    }

    @EventHandler
    void on(BatchReceived event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        versionOnly(event.batchId(), version, recordedAt);
    }

    @EventHandler
    void on(BatchReturnedToStorage event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        versionOnly(event.batchId(), version, recordedAt);
    }

    @EventHandler
    void on(BatchRejected event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        versionOnly(event.batchId(), version, recordedAt);
    }

    @EventHandler
    void on(BatchStorageOverdue event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        update(event.batchId(), version, recordedAt, BatchRecord::overdue);
    }

    @EventHandler
    void on(BatchDisposed event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        update(event.batchId(), version, recordedAt,
                batch -> batch.dispose(event.methodCode(), event.quantity(), event.disposedOn()));
    }

    private void versionOnly(UUID batchId, long version, Instant recordedAt) {
        update(batchId, version, recordedAt, batch -> { });
    }

    private void update(UUID batchId, long version, Instant recordedAt, Consumer<BatchRecord> change) {
        batches.findById(batchId).ifPresent(batch -> {
            change.accept(batch);
            batch.advance(version, recordedAt);
        });
    }

    private String regionOf(UUID enterpriseId) {
        // the region alone: loading the profile's licences and vehicles made every step flush the whole session
        return enterprises.regionOf(enterpriseId).orElse(null);
    }
}
