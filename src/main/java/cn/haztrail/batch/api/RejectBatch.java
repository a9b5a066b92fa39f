package cn.haztrail.batch.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** The receiver refused the batch (R18); it waits for a follow-on manifest. */
public record RejectBatch(@TargetAggregateIdentifier UUID batchId, UUID manifestId, UUID receiverId, String reason,
                          Instant rejectedAt)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return rejectedAt;
    }
}
