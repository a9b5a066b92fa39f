package cn.haztrail.batch.api;

import cn.haztrail.shared.axon.BusinessTimed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/**
 * Puts a batch on a manifest (R08: one active manifest at a time; R10: the consignor's own, in storage). A follow-on
 * manifest names the manifest that rejected the batch. Answers the {@link BatchLine}.
 */
public record AllocateBatch(@TargetAggregateIdentifier UUID batchId, UUID manifestId, UUID consignorId,
                            UUID previousManifestId, Instant allocatedAt) implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return allocatedAt;
    }
}
