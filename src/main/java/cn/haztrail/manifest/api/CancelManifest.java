package cn.haztrail.manifest.api;

import cn.haztrail.shared.axon.BusinessTimed;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.UUID;

/** Cancels a manifest before pickup (R12); the number stays used. */
public record CancelManifest(@TargetAggregateIdentifier UUID manifestId, String reason, @TargetAggregateVersion Long expectedVersion,
                             Instant cancelledAt, LateEntryReason lateEntry) implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return cancelledAt;
    }
}
