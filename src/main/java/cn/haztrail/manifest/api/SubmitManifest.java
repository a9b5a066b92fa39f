package cn.haztrail.manifest.api;

import cn.haztrail.shared.axon.BusinessTimed;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.UUID;

/** Signs and submits a draft with the number allocated for it (R11). */
public record SubmitManifest(@TargetAggregateIdentifier UUID manifestId, String number, @TargetAggregateVersion Long expectedVersion,
                             Instant submittedAt, LateEntryReason lateEntry) implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return submittedAt;
    }
}
