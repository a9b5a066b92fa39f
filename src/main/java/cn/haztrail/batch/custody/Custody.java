package cn.haztrail.batch.custody;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.shared.domain.Quantity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where one batch's custody stands as the command side reads it ({@link CustodyBook}): its status, the manifest it is
 * on (after a rejection, the rejecting one), while on a follow-on manifest the manifest that rejected it, the receiver
 * that accepted it, and the description a manifest line copies.
 */
public record Custody(UUID batchId, UUID producerId, BatchStatus status, UUID manifestId, UUID rejectedOn,
                      String labelId, String edition, String wasteCode, String wasteName, Quantity quantity,
                      PhysicalForm form, Packaging packaging, List<HazardCharacteristic> hazards,
                      Instant generatedAt, Instant storageLimitAt, UUID acceptedBy, Quantity acceptedQuantity,
                      Instant receivedAt) {

    /** What a manifest line says of the batch. */
    public BatchLine line() {
        return new BatchLine(batchId, labelId, edition, wasteCode, wasteName, quantity, form, packaging, hazards);
    }

    /** Still at its producer: in storage, or on a manifest not yet picked up (R09). */
    public boolean atProducer() {
        return status == BatchStatus.IN_STORAGE || status == BatchStatus.ALLOCATED;
    }
}
