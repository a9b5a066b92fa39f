package cn.haztrail.batch.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The batch arrived at the receiver. */
@Revision("1")
public record BatchDelivered(UUID batchId, UUID manifestId, UUID receiverId, Instant arrivedAt) {
}
