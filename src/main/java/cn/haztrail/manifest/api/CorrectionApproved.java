package cn.haztrail.manifest.api;

import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A party approved a proposed correction (R20). */
@Revision("1")
public record CorrectionApproved(UUID manifestId, UUID correctionId, UUID approvedBy, Instant decidedAt, LateEntryReason lateEntry)
        implements LateEntered {
}
