package cn.haztrail.batch.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import cn.haztrail.shared.domain.Quantity;

import java.time.Instant;
import java.util.UUID;

/** The receiver accepted the batch, possibly in part (R17, R18). A return manifest accepted by the batch's own producer puts it back in storage. */
public record AcceptBatch(@TargetAggregateIdentifier UUID batchId, UUID manifestId, UUID receiverId, Quantity acceptedQuantity,
                          boolean discrepancy, Instant receivedAt)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return receivedAt;
    }
}
