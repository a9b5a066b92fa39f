package cn.haztrail.batch.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The batch is still at its producer past its storage limit (R09: 1 year; medical waste 48 hours). */
@Revision("1")
public record BatchStorageOverdue(UUID batchId, UUID producerId, Instant storageLimitAt) {
}
