package cn.haztrail.oversight.alerts;

import cn.haztrail.manifest.api.ManifestArrived;
import cn.haztrail.manifest.api.ManifestPickedUp;
import cn.haztrail.shared.axon.ProcessingBatch;
import cn.haztrail.shared.persistence.InClause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The transit watches of {@link ManifestAlerts}, locked: in a processing batch, those of every manifest its pickups
 * and arrivals name are locked and read in one query the first time one is asked for, and a watch the batch makes is
 * known from then on (it is inserted as the batch commits, so no check can see it before). Each watch belongs to one
 * manifest, whose events one segment handles, and the check skips locked watches, so holding them to the commit
 * makes no one wait in a circle. Outside a processing batch each is locked when asked for.
 */
@Component
class TransitWatches {

    private static final String KNOWN = "oversight-transit-watches";

    private final TransitWatchRepository transits;

    TransitWatches(TransitWatchRepository transits) {
        this.transits = transits;
    }

    Optional<TransitWatch> locked(UUID manifestId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return transits.lock(manifestId).or(() -> transits.findById(manifestId));
        }
        Map<UUID, Optional<TransitWatch>> known = ProcessingBatch.memo(KNOWN);
        if (!known.containsKey(manifestId)) {
            Set<UUID> wanted = new HashSet<>();
            wanted.addAll(ProcessingBatch.named(ManifestPickedUp.class, ManifestPickedUp::manifestId));
            wanted.addAll(ProcessingBatch.named(ManifestArrived.class, ManifestArrived::manifestId));
            wanted.add(manifestId);
            wanted.removeAll(known.keySet());
            wanted.forEach(id -> known.put(id, Optional.empty()));
            for (InClause chunk : InClause.chunks(wanted)) {
                transits.lockAll(chunk.list().stream().map(UUID.class::cast).toList())
                        .forEach(watch -> known.put(watch.manifestId(), Optional.of(watch)));
            }
        }
        return known.get(manifestId);
    }

    /** A new watch, not flushed: a flush dirty-checks every row the processing batch holds. */
    TransitWatch make(TransitWatch watch) {
        TransitWatch saved = transits.save(watch);
        ProcessingBatch.<UUID, Optional<TransitWatch>>memo(KNOWN).put(saved.manifestId(), Optional.of(saved));
        return saved;
    }

    /** A replay starts without watches. */
    void clear() {
        transits.deleteAllWatches();
    }
}
