package cn.haztrail.batch.query;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The manifests a batch was put on, cancelled ones included, in the order they were drafted: how the chain of custody
 * finds a batch's manifests now that the batch's own stream no longer names them (issue 16).
 */
@Service
@Transactional(readOnly = true)
public class BatchTrips {

    private final BatchTripRepository trips;

    BatchTrips(BatchTripRepository trips) {
        this.trips = trips;
    }

    public List<UUID> manifestsOf(UUID batchId) {
        return trips.findByBatchIdOrderByDraftedAtAscManifestIdAsc(batchId).stream()
                .map(BatchTripRecord::manifestId).toList();
    }
}
