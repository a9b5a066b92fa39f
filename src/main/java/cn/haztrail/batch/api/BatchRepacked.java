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
 * Each share says how much of it came from the part a partial receipt did not accept, taken first (R39, R40); a
 * split's part taken wholly from it ({@code notAcceptedSplitOff}) is still its consignor's waste, which goes back on
 * a return manifest. Revision 1 said neither: {@code BatchRepackedUpcaster} reads it with none taken from such a part.
 */
@Revision("2")
public record BatchRepacked(UUID batchId, UUID holderId, String labelId, String edition, String wasteCode,
                            Quantity quantity, PhysicalForm form, Packaging packaging,
                            List<HazardCharacteristic> hazards, RepackKind kind, List<BatchShare> sources,
                            Quantity loss, String lossReason, Instant repackedAt, Instant storageLimitAt,
                            boolean notAcceptedSplitOff) {

    /** A repacking with nothing split off wholly from a part not accepted. */
    public BatchRepacked(UUID batchId, UUID holderId, String labelId, String edition, String wasteCode,
                         Quantity quantity, PhysicalForm form, Packaging packaging,
                         List<HazardCharacteristic> hazards, RepackKind kind, List<BatchShare> sources,
                         Quantity loss, String lossReason, Instant repackedAt, Instant storageLimitAt) {
        this(batchId, holderId, labelId, edition, wasteCode, quantity, form, packaging, hazards, kind, sources, loss,
                lossReason, repackedAt, storageLimitAt, false);
    }
}
