package cn.haztrail.manifest.api;

import cn.haztrail.shared.time.LateEntered;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A party proposed to correct the signed manifest; the field-level diff is kept (R20). */
@Revision("1")
public record CorrectionProposed(UUID manifestId, UUID correctionId, UUID proposedBy, List<FieldChange> changes, String reason,
                                 List<UUID> awaitingApprovalOf, Instant proposedAt, LateEntryReason lateEntry)
        implements LateEntered {
}
