package cn.haztrail.batch.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The receiver refused the batch. */
@Revision("1")
public record BatchRejected(UUID batchId, UUID manifestId, UUID receiverId, String reason, Instant rejectedAt) {
}
