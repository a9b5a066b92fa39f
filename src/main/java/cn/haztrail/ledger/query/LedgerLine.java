package cn.haztrail.ledger.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of an enterprise's ledger. {@code responsibleRef} is a reference (an account id, or a driver's
 * personal-data reference), never a name. {@code tonnes} is null for a quantity without mass (litres, m3).
 * {@code note} is the reason of a repacking's loss (R39), else null.
 */
public record LedgerLine(String key, UUID enterpriseId, Movement movement, UUID batchId, String labelId,
                         UUID manifestId, String manifestNumber, String wasteCode, BigDecimal quantityValue,
                         String quantityUnit, BigDecimal tonnes, String packagingType, Integer containers,
                         String storageLocation, String methodCode, UUID counterpartyId, Instant occurredAt,
                         LocalDate occurredOn, String responsibleRef, String note) {

    /** The key of a repacking's line: one per batch, movement and new batch in the holder's ledger. */
    public static String repackKeyOf(UUID batchId, Movement movement, UUID newBatchId, UUID holderId) {
        return batchId + ":" + movement.name() + ":" + newBatchId + ":" + holderId;
    }

    /** The key that makes a redelivered event find its line: one line per batch, movement, manifest and enterprise. */
    public static String keyOf(UUID batchId, Movement movement, UUID manifestId, UUID enterpriseId) {
        return batchId + ":" + movement.name().charAt(0) + ":" + (manifestId == null ? "-" : manifestId) + ":"
                + enterpriseId;
    }
}
