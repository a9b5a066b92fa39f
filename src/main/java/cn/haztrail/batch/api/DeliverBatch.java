package cn.haztrail.batch.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** The carrier delivered the batch at the receiver. */
public record DeliverBatch(@TargetAggregateIdentifier UUID batchId, UUID manifestId, UUID receiverId, Instant arrivedAt)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return arrivedAt;
    }
}
