package cn.haztrail.collection.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a stop's rules need to know of its manifest: who sends it to whom, by which carriers and vehicle, whether it
 * can still travel, and when the first of its medical batches (HW01) reaches its 48 hours (null: none is medical).
 */
public record StopManifest(UUID manifestId, UUID consignorId, UUID receiverId, List<UUID> carrierIds,
                           String vehiclePlate, boolean open, Instant medicalLimitAt) {
}
