package cn.haztrail.oversight.alerts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What an alert needs to say about manifests, batches and enterprises. Read at handling time from the parties' read
 * sides, which are updated in the command's own transaction and therefore always hold everything an event names;
 * only facts that never change once set are read (numbers, parties, regions, label ids, names).
 */
interface AlertDirectory {

    /** @param name null, like the region, for an enterprise the registry does not know */
    record Enterprise(UUID id, String name, String regionCode) {
    }

    /**
     * @param number       null until the manifest is submitted
     * @param receiptDueAt null until the manifest arrives (R16)
     */
    record Manifest(UUID id, String number, Enterprise consignor, Enterprise receiver, String originRegion,
                    String destinationRegion, Instant receiptDueAt) {
    }

    Optional<Manifest> manifest(UUID manifestId);

    Optional<String> labelId(UUID batchId);

    Enterprise enterprise(UUID enterpriseId);
}
