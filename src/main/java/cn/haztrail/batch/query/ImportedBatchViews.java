package cn.haztrail.batch.query;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.query.BatchPartyRecord.Relation;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.WasteCodeEntry;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.imports.ImportedEventWriter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The batch view's set-based path for an imported chunk (issue 17): what {@link BatchProjection},
 * {@link BatchCustodyProjection} and {@link NamedCarrierProjection} do for each event, applied to the chunk's rows in
 * memory ({@link BatchViewChunk}) and written at the chunk's flush. An import stores batch registrations and
 * disposals and the manifests' steps; any other event with a batch-view handler has no set-based path and fails the
 * chunk rather than be left out of the view.
 */
@Component
class ImportedBatchViews implements ImportedEventWriter {

    @PersistenceContext
    private EntityManager entityManager;
    private final EnterpriseQueries enterprises;
    private final WasteCatalogue catalogue;

    ImportedBatchViews(EnterpriseQueries enterprises, WasteCatalogue catalogue) {
        this.enterprises = enterprises;
        this.catalogue = catalogue;
    }

    @Override
    public String group() {
        return BatchProjection.GROUP;
    }

    @Override
    public void write(List<? extends DomainEventMessage<?>> events) {
        Set<UUID> batchIds = new LinkedHashSet<>();
        Set<UUID> manifestIds = new LinkedHashSet<>();
        for (DomainEventMessage<?> message : events) {
            Object payload = message.getPayload();
            if (payload instanceof BatchRegistered event) {
                batchIds.add(event.batchId());
            } else if (payload instanceof BatchDisposed event) {
                batchIds.add(event.batchId());
            } else if (payload instanceof ManifestDrafted event) {
                manifestIds.add(event.manifestId());
                event.lines().forEach(line -> batchIds.add(line.batchId()));
            } else if (payload instanceof ManifestReceived event) {
                manifestIds.add(event.manifestId());
                event.lines().forEach(line -> batchIds.add(line.batchId()));
            } else if (payload instanceof ManifestSubmitted event) {
                manifestIds.add(event.manifestId());
            } else if (payload instanceof ManifestCancelled event) {
                manifestIds.add(event.manifestId());
            } else if (payload instanceof ManifestPickedUp event) {
                manifestIds.add(event.manifestId());
            } else if (payload instanceof ManifestArrived event) {
                manifestIds.add(event.manifestId());
            }
        }
        BatchViewChunk chunk = new BatchViewChunk(entityManager, batchIds, manifestIds);
        Map<UUID, String> regions = new HashMap<>();
        for (DomainEventMessage<?> message : events) {
            apply(message, chunk, regions);
        }
        chunk.persistCreated();
    }

    private void apply(DomainEventMessage<?> message, BatchViewChunk chunk, Map<UUID, String> regions) {
        long version = message.getSequenceNumber();
        var recordedAt = message.getTimestamp();
        Object payload = message.getPayload();
        if (payload instanceof BatchRegistered event) {
            String region = regions.computeIfAbsent(event.producerId(), this::regionOf);
            String name = catalogue.find(event.edition(), WasteCode.parse(event.wasteCode()))
                    .map(WasteCodeEntry::description).orElse(event.wasteCode());
            var batch = new BatchRecord(event.batchId(), event.producerId(), region, event.labelId(),
                    event.edition(), event.wasteCode(), name, event.quantity(), event.form(),
                    event.packaging().type(), event.packaging().count(),
                    event.hazards().stream().map(HazardCharacteristic::code).toList(), event.mainComponents(),
                    event.generatedAt(), event.storageLocation(), event.storageLimitAt());
            batch.advance(version, recordedAt);
            chunk.add(batch);
            chunk.save(new BatchPartyRecord(event.batchId(), event.producerId(), Relation.PRODUCER, region));
        } else if (payload instanceof BatchDisposed event) {
            chunk.batch(event.batchId()).ifPresent(batch -> {
                batch.dispose(event.methodCode(), event.quantity(), event.disposedOn());
                batch.advance(version, recordedAt);
            });
        } else if (payload instanceof ManifestDrafted event) {
            for (BatchLine line : event.lines()) {
                chunk.save(new BatchTripRecord(event.manifestId(), line.batchId(), event.receiverId(),
                        recordedAt));
                chunk.batch(line.batchId()).ifPresent(batch -> {
                    batch.allocate(event.manifestId());
                    batch.touch(recordedAt);
                });
                for (UUID carrier : event.carrierIds()) {
                    chunk.save(new NamedCarrierRecord(event.manifestId(), line.batchId(), carrier));
                }
            }
        } else if (payload instanceof ManifestSubmitted event) {
            for (NamedCarrierRecord pair : chunk.namedOn(event.manifestId())) {
                pair.submit();
                chunk.save(new BatchPartyRecord(pair.batchId(), pair.carrierId(), Relation.NAMED_CARRIER, null));
            }
        } else if (payload instanceof ManifestCancelled event) {
            onEachBatch(chunk, event.manifestId(), recordedAt, (trip, batch) -> batch.release());
            List<NamedCarrierRecord> pairs = chunk.namedOn(event.manifestId());
            pairs.forEach(chunk::remove);
            for (NamedCarrierRecord pair : pairs) {
                if (!chunk.namedOnSubmitted(pair.batchId(), pair.carrierId())) {
                    chunk.removeParty(pair.batchId(), pair.carrierId(), Relation.NAMED_CARRIER);
                }
            }
        } else if (payload instanceof ManifestPickedUp event) {
            onEachBatch(chunk, event.manifestId(), recordedAt, (trip, batch) -> {
                chunk.save(new BatchPartyRecord(batch.id(), event.carrierId(), Relation.CARRIER,
                        regions.computeIfAbsent(event.carrierId(), this::regionOf)));
                batch.pickUp(event.carrierId());
            });
        } else if (payload instanceof ManifestArrived event) {
            onEachBatch(chunk, event.manifestId(), recordedAt, (trip, batch) -> {
                String region = regions.computeIfAbsent(trip.receiverId(), this::regionOf);
                chunk.save(new BatchPartyRecord(batch.id(), trip.receiverId(), Relation.RECEIVER, region));
                batch.deliver(trip.receiverId(), region);
            });
        } else if (payload instanceof ManifestReceived event) {
            for (LineOutcome line : event.lines()) {
                onBatch(chunk, event.manifestId(), line.batchId(), recordedAt,
                        batch -> BatchCustodyProjection.receive(batch, event, line));
            }
        } else {
            ImportedEventWriter.refuseUnwritten(message, BatchProjection.class, BatchCustodyProjection.class,
                    NamedCarrierProjection.class, BatchLineage.class);
        }
    }

    private static void onEachBatch(BatchViewChunk chunk, UUID manifestId, java.time.Instant recordedAt,
                                    TripStep step) {
        for (BatchTripRecord trip : chunk.tripsOf(manifestId)) {
            onBatch(chunk, manifestId, trip.batchId(), recordedAt, batch -> step.apply(trip, batch));
        }
    }

    /** Only while the batch is on the manifest, as the per-event handlers. */
    private static void onBatch(BatchViewChunk chunk, UUID manifestId, UUID batchId, java.time.Instant recordedAt,
                                Consumer<BatchRecord> change) {
        chunk.batch(batchId).filter(batch -> manifestId.equals(batch.manifestId())).ifPresent(batch -> {
            change.accept(batch);
            batch.touch(recordedAt);
        });
    }

    private String regionOf(UUID enterpriseId) {
        return enterprises.regionOf(enterpriseId).orElse(null);
    }

    @FunctionalInterface
    private interface TripStep {
        void apply(BatchTripRecord trip, BatchRecord batch);
    }
}
