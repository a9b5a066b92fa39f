package cn.haztrail.batch.custody;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.shared.domain.Quantity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where one batch's custody stands as the command side reads it ({@link CustodyBook}): its status, the manifest it is
 * on (after a rejection, the rejecting one), while on a follow-on manifest the manifest that rejected it, the receiver
 * that accepted it, the description a manifest line copies and, after a partial receipt, the remainder not accepted
 * that the receiver holds all the same (R40).
 */
public record Custody(UUID batchId, UUID producerId, BatchStatus status, UUID manifestId, UUID rejectedOn,
                      String labelId, String edition, String wasteCode, String wasteName, Quantity quantity,
                      PhysicalForm form, Packaging packaging, List<HazardCharacteristic> hazards,
                      Instant generatedAt, Instant storageLimitAt, UUID acceptedBy, Quantity acceptedQuantity,
                      Instant receivedAt, Quantity remainder) {

    /** Without a held-back remainder (R40): the form before repacking existed. */
    public Custody(UUID batchId, UUID producerId, BatchStatus status, UUID manifestId, UUID rejectedOn,
                   String labelId, String edition, String wasteCode, String wasteName, Quantity quantity,
                   PhysicalForm form, Packaging packaging, List<HazardCharacteristic> hazards,
                   Instant generatedAt, Instant storageLimitAt, UUID acceptedBy, Quantity acceptedQuantity,
                   Instant receivedAt) {
        this(batchId, producerId, status, manifestId, rejectedOn, labelId, edition, wasteCode, wasteName, quantity,
                form, packaging, hazards, generatedAt, storageLimitAt, acceptedBy, acceptedQuantity, receivedAt, null);
    }

    /** What a manifest line says of the batch. */
    public BatchLine line() {
        return new BatchLine(batchId, labelId, edition, wasteCode, wasteName, quantity, form, packaging, hazards);
    }

    /** Still at its producer: in storage, or on a manifest not yet picked up (R09). */
    public boolean atProducer() {
        return status == BatchStatus.IN_STORAGE || status == BatchStatus.ALLOCATED;
    }

    /**
     * Whether {@code holder} may repack the batch (R40, R41): it accepted it and it rests there, or the batch is in
     * storage at the holder (its own, or a batch it repacked before).
     */
    public boolean heldBy(UUID holder) {
        return status == BatchStatus.RECEIVED && holder.equals(acceptedBy)
                || status == BatchStatus.IN_STORAGE && holder.equals(producerId);
    }

    /**
     * The mass in tonnes the holder can still take (R39): the accepted quantity plus the not-accepted remainder of a
     * partial receipt, or the quantity in storage; zero when it is not a mass.
     */
    public BigDecimal heldTonnes() {
        if (status == BatchStatus.RECEIVED) {
            return tonnes(acceptedQuantity).add(tonnes(remainder));
        }
        return tonnes(quantity);
    }

    static BigDecimal tonnes(Quantity quantity) {
        return quantity == null || !quantity.hasMass() ? BigDecimal.ZERO : quantity.tonnes();
    }
}
