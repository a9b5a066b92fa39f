package cn.haztrail.oversight.alerts;

import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.shared.axon.ProcessingBatch;
import cn.haztrail.shared.persistence.InClause;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The transit watches of {@link ManifestAlerts}. Whether a pickup's manifest has a watch already (a redelivered
 * pickup) is read in one query for all the pickups of a processing batch; an arrival locks its watch alone, one row
 * at a time as the check does, so neither waits for the other in a circle; a watch the batch made is not in the
 * database yet (inserted as the batch commits, so no check can see it) and comes from the batch.
 */
@Component
class TransitWatches {

    private static final String KNOWN = "oversight-transit-watches";
    private static final String MADE = "oversight-transit-watches-made";

    private final TransitWatchRepository transits;

    TransitWatches(TransitWatchRepository transits) {
        this.transits = transits;
    }

    /** Whether the manifest has a watch, made earlier or in this batch. */
    boolean exists(UUID manifestId) {
        if (ProcessingBatch.<UUID, TransitWatch>memo(MADE).containsKey(manifestId)) {
            return true;
        }
        return ProcessingBatch.lookUpOnce(KNOWN, manifestId,
                () -> ProcessingBatch.named(ManifestPickedUp.class, ManifestPickedUp::manifestId), Boolean.FALSE,
                (wanted, known) -> InClause.chunks(wanted).forEach(chunk -> transits.findAllOf(chunk.list()
                        .stream().map(UUID.class::cast).toList())
                        .forEach(watch -> known.put(watch.manifestId(), Boolean.TRUE))));
    }

    /** The manifest's watch, locked (or made in this batch). */
    Optional<TransitWatch> locked(UUID manifestId) {
        Map<UUID, TransitWatch> made = ProcessingBatch.memo(MADE);
        if (made.containsKey(manifestId)) {
            return Optional.of(made.get(manifestId));
        }
        return transits.lock(manifestId).or(() -> transits.findById(manifestId));
    }

    /** A new watch, not flushed: a flush dirty-checks every row the processing batch holds. */
    TransitWatch make(TransitWatch watch) {
        TransitWatch saved = transits.save(watch);
        ProcessingBatch.<UUID, TransitWatch>memo(MADE).put(saved.manifestId(), saved);
        return saved;
    }

    /** A replay starts without watches. */
    void clear() {
        transits.deleteAllWatches();
    }
}
