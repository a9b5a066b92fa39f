package cn.haztrail.manifest.query;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.ExemptLine;
import cn.haztrail.manifest.api.HandoverCompleted;
import cn.haztrail.manifest.api.HandoverOffered;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestCancelled;
import cn.haztrail.manifest.api.ManifestDrafted;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.manifest.api.ManifestSubmitted;
import cn.haztrail.shared.imports.ChunkRows;
import cn.haztrail.shared.imports.ImportedEventWriter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The manifest view's set-based path for an imported chunk (issue 17): what {@link ManifestProjection} does for each
 * event, applied to the chunk's manifests in memory (read with one query per table) and written at the chunk's flush,
 * a new row by one insert with its final state ({@link ChunkRows}). Any other event with a manifest-view handler has
 * no set-based path and fails the chunk rather than be left out of the view.
 */
@Component
class ImportedManifestViews implements ImportedEventWriter {

    @PersistenceContext
    private EntityManager entityManager;
    private final PartyManifests parties;

    ImportedManifestViews(PartyManifests parties) {
        this.parties = parties;
    }

    @Override
    public String group() {
        return ManifestProjection.GROUP;
    }

    @Override
    public void write(List<? extends DomainEventMessage<?>> events) {
        Set<UUID> ids = events.stream().map(message -> manifestIdOf(message.getPayload()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, ManifestRecord> manifests = new HashMap<>();
        Map<ManifestLineRecord.Key, ManifestLineRecord> lines = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager.createQuery("select m from ManifestRecord m where m.id in :ids", ManifestRecord.class)
                    .setParameter("ids", ids).getResultList().forEach(manifest -> manifests.put(manifest.id(), manifest));
            entityManager.createQuery("select l from ManifestLineRecord l where l.manifestId in :ids",
                    ManifestLineRecord.class).setParameter("ids", ids).getResultList()
                    .forEach(line -> lines.put(new ManifestLineRecord.Key(line.manifestId(), line.batchId()), line));
        }
        ChunkRows rows = new ChunkRows(entityManager);
        List<ManifestRecord> drafted = new ArrayList<>();
        for (DomainEventMessage<?> message : events) {
            apply(message, manifests, lines, rows);
            if (message.getPayload() instanceof ManifestDrafted event) {
                drafted.add(manifests.get(event.manifestId()));
            }
        }
        rows.persistCreated();
        parties.drafted(drafted);
    }

    private void apply(DomainEventMessage<?> message, Map<UUID, ManifestRecord> manifests,
                       Map<ManifestLineRecord.Key, ManifestLineRecord> lines, ChunkRows rows) {
        long version = message.getSequenceNumber();
        Object payload = message.getPayload();
        Consumer<Consumer<ManifestRecord>> update = change -> {
            ManifestRecord manifest = manifests.get(manifestIdOf(payload));
            if (manifest != null) {
                change.accept(manifest);
                manifest.advanceTo(version);
            }
        };
        if (payload instanceof ManifestDrafted event) {
            draft(event, version, message.getTimestamp(), manifests, lines, rows);
        } else if (payload instanceof ManifestSubmitted event) {
            update.accept(m -> m.submitted(event.number()));
        } else if (payload instanceof ManifestCancelled event) {
            update.accept(m -> m.cancelled(event.reason()));
        } else if (payload instanceof ManifestPickedUp event) {
            update.accept(m -> m.pickedUp(event.carrierId(), event.pickedUpAt()));
        } else if (payload instanceof HandoverOffered event) {
            update.accept(m -> m.offered(event.toCarrierId()));
        } else if (payload instanceof HandoverCompleted event) {
            update.accept(m -> m.handedOver(event.toCarrierId(), event.vehiclePlate()));
        } else if (payload instanceof ManifestArrived event) {
            update.accept(m -> m.arrived(event.arrivedAt(), event.receiptDueAt()));
        } else if (payload instanceof DiscrepancyRecorded) {
            update.accept(m -> { });
        } else if (payload instanceof ManifestReceived event) {
            for (LineOutcome outcome : event.lines()) {
                ManifestLineRecord line = lines.get(new ManifestLineRecord.Key(event.manifestId(), outcome.batchId()));
                if (line != null) {
                    line.received(outcome);
                }
            }
            update.accept(m -> m.received(event.outcome(), event.receivedAt(), event.late()));
        } else {
            ImportedEventWriter.refuseUnwritten(message, ManifestProjection.class);
        }
    }

    private void draft(ManifestDrafted event, long version, java.time.Instant recordedAt,
                       Map<UUID, ManifestRecord> manifests, Map<ManifestLineRecord.Key, ManifestLineRecord> lines,
                       ChunkRows rows) {
        ManifestRecord manifest = new ManifestRecord(event.manifestId(), event.kind(), event.consignorId(),
                event.originRegion(), event.receiverId(), event.destinationRegion(), event.carrierIds(),
                event.vehiclePlate(), event.plannedDate(), event.plannedMethod(), event.approvalId(),
                event.emergencyMeasures(), event.previousManifestId(), recordedAt, version);
        manifests.put(manifest.id(), rows.save(manifests.get(manifest.id()), manifest));
        Map<UUID, UUID> exemptions = event.exemptLines().stream()
                .collect(Collectors.toMap(ExemptLine::batchId, ExemptLine::exemptionId, (first, twice) -> first));
        for (int i = 0; i < event.lines().size(); i++) {
            BatchLine line = event.lines().get(i);
            var record = new ManifestLineRecord(event.manifestId(), i + 1, line, exemptions.get(line.batchId()));
            var key = new ManifestLineRecord.Key(event.manifestId(), line.batchId());
            lines.put(key, rows.save(lines.get(key), record));
        }
    }

    /** The manifest of an event the view is kept from; null for any other. */
    private static UUID manifestIdOf(Object payload) {
        if (payload instanceof ManifestDrafted event) {
            return event.manifestId();
        } else if (payload instanceof ManifestSubmitted event) {
            return event.manifestId();
        } else if (payload instanceof ManifestCancelled event) {
            return event.manifestId();
        } else if (payload instanceof ManifestPickedUp event) {
            return event.manifestId();
        } else if (payload instanceof HandoverOffered event) {
            return event.manifestId();
        } else if (payload instanceof HandoverCompleted event) {
            return event.manifestId();
        } else if (payload instanceof ManifestArrived event) {
            return event.manifestId();
        } else if (payload instanceof DiscrepancyRecorded event) {
            return event.manifestId();
        } else if (payload instanceof ManifestReceived event) {
            return event.manifestId();
        }
        return null;
    }
}
