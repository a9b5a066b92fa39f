package cn.haztrail.batch.api;

import org.axonframework.serialization.Revision;
import cn.haztrail.shared.domain.Quantity;

import java.time.Instant;
import java.util.UUID;

/** A return manifest brought the batch back to its producer's storage. */
@Revision("1")
public record BatchReturnedToStorage(UUID batchId, UUID manifestId, Quantity quantity, Instant returnedAt) {
}
