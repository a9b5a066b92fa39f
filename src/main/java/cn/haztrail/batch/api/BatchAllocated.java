package cn.haztrail.batch.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The batch was put on a manifest. */
@Revision("1")
public record BatchAllocated(UUID batchId, UUID manifestId, Instant allocatedAt) {
}
