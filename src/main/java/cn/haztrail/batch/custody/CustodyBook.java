package cn.haztrail.batch.custody;

import java.util.Optional;
import java.util.UUID;

/**
 * The command side's reading of where batches stand (never the batch view, which may lag or be rebuilt): what the
 * manifest's allocation (R08, R10) and the batch's disposal (R19) and storage clock (R09) decide from.
 */
public interface CustodyBook {

    Optional<Custody> find(UUID batchId);

    /** Whether the batch was split off wholly from a partial receipt's part not accepted, and on which manifest. */
    default Optional<SplitOff> splitOff(UUID batchId) {
        return Optional.empty();
    }
}
