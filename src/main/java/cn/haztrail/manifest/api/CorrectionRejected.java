package cn.haztrail.manifest.api;

import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A party rejected a proposed correction; it will not apply (R20). */
@Revision("1")
public record CorrectionRejected(UUID manifestId, UUID correctionId, UUID rejectedBy, String reason, Instant decidedAt, LateEntryReason lateEntry)
        implements LateEntered {
}
