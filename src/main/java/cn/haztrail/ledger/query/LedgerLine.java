package cn.haztrail.ledger.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of an enterprise's ledger. {@code responsibleRef} is a reference (an account id, or a driver's
 * personal-data reference), never a name. {@code tonnes} is null for a quantity without mass (litres, m3).
 */
public record LedgerLine(String key, UUID enterpriseId, Movement movement, UUID batchId, String labelId,
                         UUID manifestId, String manifestNumber, String wasteCode, BigDecimal quantityValue,
                         String quantityUnit, BigDecimal tonnes, String packagingType, Integer containers,
                         String storageLocation, String methodCode, UUID counterpartyId, Instant occurredAt,
                         LocalDate occurredOn, String responsibleRef) {

    /** The key that makes a redelivered event find its line: one line per batch, movement, manifest and enterprise. */
    public static String keyOf(UUID batchId, Movement movement, UUID manifestId, UUID enterpriseId) {
        return batchId + ":" + movement.name().charAt(0) + ":" + (manifestId == null ? "-" : manifestId) + ":"
                + enterpriseId;
    }
}
