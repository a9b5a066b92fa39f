package cn.haztrail.manifest.api;

import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The carrier holding the waste offered it to the next carrier (R15). */
@Revision("1")
public record HandoverOffered(UUID manifestId, UUID fromCarrierId, UUID toCarrierId, Instant offeredAt,
                              LateEntryReason lateEntry) implements LateEntered {
}
