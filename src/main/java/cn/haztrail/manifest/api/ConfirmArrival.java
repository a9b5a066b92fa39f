package cn.haztrail.manifest.api;

import cn.haztrail.shared.axon.BusinessTimed;
import cn.haztrail.shared.time.LateEntryReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** The carrier holding the waste confirms arrival at the receiver; the receipt clock starts (R16). */
public record ConfirmArrival(@TargetAggregateIdentifier UUID manifestId, UUID carrierId, Instant arrivedAt, LateEntryReason lateEntry)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return arrivedAt;
    }
}
