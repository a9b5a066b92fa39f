package cn.haztrail.batch.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A carrier loaded the batch. */
@Revision("1")
public record BatchPickedUp(UUID batchId, UUID manifestId, UUID carrierId, Instant pickedUpAt) {
}
