package cn.haztrail.batch.api;

import org.axonframework.serialization.Revision;
import cn.haztrail.shared.domain.Quantity;

import java.time.Instant;
import java.util.UUID;

/** The receiver accepted the batch with the accepted (weighed) quantity. */
@Revision("1")
public record BatchReceived(UUID batchId, UUID manifestId, UUID receiverId, Quantity acceptedQuantity, boolean discrepancy,
                            Instant receivedAt) {
}
