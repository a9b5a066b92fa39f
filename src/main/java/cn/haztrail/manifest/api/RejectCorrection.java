package cn.haztrail.manifest.api;

import cn.haztrail.shared.axon.BusinessTimed;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Another party on the manifest rejects a proposed correction (R20). */
public record RejectCorrection(@TargetAggregateIdentifier UUID manifestId, UUID correctionId, UUID rejectedBy, String reason, Instant decidedAt, LateEntryReason lateEntry)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return decidedAt;
    }
}
