package cn.haztrail.manifest.api;

import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The waste arrived at the receiver; receipt is due by receiptDueAt (R16). */
@Revision("1")
public record ManifestArrived(UUID manifestId, UUID carrierId, Instant arrivedAt, Instant receiptDueAt,
                              LateEntryReason lateEntry) implements LateEntered {
}
