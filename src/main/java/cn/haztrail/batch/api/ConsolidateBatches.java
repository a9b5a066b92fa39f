package cn.haztrail.batch.api;

import cn.haztrail.shared.domain.Quantity;

import java.util.List;
import java.util.UUID;

/** Puts shares of batches the holder holds, of one waste code, into one new batch (R39, R41). */
public record ConsolidateBatches(UUID batchId, UUID holderId, String holderCreditCode, List<Take> sources,
                                 Quantity quantity, Packaging packaging, Quantity loss, String lossReason) {

    /** The mass taken from one source batch. */
    public record Take(UUID batchId, Quantity quantity) {
    }
}
