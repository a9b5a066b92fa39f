package cn.haztrail.batch.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** The carrier loaded the batch (R13). */
public record PickUpBatch(@TargetAggregateIdentifier UUID batchId, UUID manifestId, UUID carrierId, Instant pickedUpAt)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return pickedUpAt;
    }
}
