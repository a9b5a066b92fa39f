package cn.haztrail.manifest.api;

import cn.haztrail.shared.axon.BusinessTimed;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** The carrier holding the waste offers it to the next carrier on the manifest (R15). */
public record OfferHandover(@TargetAggregateIdentifier UUID manifestId, UUID fromCarrierId, UUID toCarrierId, Instant offeredAt,
                            LateEntryReason lateEntry)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return offeredAt;
    }
}
