package cn.haztrail.batch.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The batch came off a cancelled manifest and is in storage again. */
@Revision("1")
public record BatchReleased(UUID batchId, UUID manifestId, String reason) {
}
