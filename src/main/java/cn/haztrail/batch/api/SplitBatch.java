package cn.haztrail.batch.api;

import cn.haztrail.shared.domain.Quantity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** Divides a batch the holder holds into new batches (R39, R40); a loss above zero needs its reason. */
public record SplitBatch(@TargetAggregateIdentifier UUID sourceBatchId, UUID holderId, String holderCreditCode, List<Part> parts,
                         Quantity loss, String lossReason) {

    /** One new batch: its id (chosen by the caller), its mass and packaging. */
    public record Part(UUID batchId, Quantity quantity, Packaging packaging) {
    }
}
