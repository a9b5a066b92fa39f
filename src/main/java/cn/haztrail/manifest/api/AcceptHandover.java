package cn.haztrail.manifest.api;

import cn.haztrail.shared.axon.BusinessTimed;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** The next carrier confirms taking the waste over (R15: confirmed by both). */
public record AcceptHandover(@TargetAggregateIdentifier UUID manifestId, UUID toCarrierId, String vehiclePlate, Instant handedOverAt,
                             LateEntryReason lateEntry)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return handedOverAt;
    }
}
