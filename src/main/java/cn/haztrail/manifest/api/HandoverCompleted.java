package cn.haztrail.manifest.api;

import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The next carrier took the waste over; custody moved (R15). */
@Revision("1")
public record HandoverCompleted(UUID manifestId, UUID fromCarrierId, UUID toCarrierId, String vehiclePlate, Instant handedOverAt,
                                LateEntryReason lateEntry) implements LateEntered {
}
