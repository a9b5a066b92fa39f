package cn.haztrail.manifest.api;

import cn.haztrail.shared.axon.BusinessTimed;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A party proposes to correct a signed manifest (R20). */
public record ProposeCorrection(@TargetAggregateIdentifier UUID manifestId, UUID correctionId, UUID proposedBy, Map<String, String> changes,
                                String reason, Instant proposedAt, LateEntryReason lateEntry)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return proposedAt;
    }
}
