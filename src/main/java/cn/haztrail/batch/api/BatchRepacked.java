package cn.haztrail.batch.api;

import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.shared.domain.Quantity;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A new batch was made at its holder from shares of batches the holder held (R39-R41): its own label id from the
 * holder's credit code, its storage clock at the holder, and its lineage. The shares taken from the sources equal
 * this batch's quantity plus the loss (R39); the loss of a split is recorded on its first part. This event alone
 * takes the mass from the sources: the command side's custody table is decremented from it in the same transaction.
 */
@Revision("1")
public record BatchRepacked(UUID batchId, UUID holderId, String labelId, String edition, String wasteCode,
                            Quantity quantity, PhysicalForm form, Packaging packaging,
                            List<HazardCharacteristic> hazards, RepackKind kind, List<BatchShare> sources,
                            Quantity loss, String lossReason, Instant repackedAt, Instant storageLimitAt) {
}
