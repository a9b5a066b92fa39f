package cn.haztrail.manifest.api;

import cn.haztrail.shared.axon.BusinessTimed;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Another party on the manifest approves a proposed correction (R20). */
public record ApproveCorrection(@TargetAggregateIdentifier UUID manifestId, UUID correctionId, UUID approvedBy, Instant decidedAt, LateEntryReason lateEntry)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return decidedAt;
    }
}
