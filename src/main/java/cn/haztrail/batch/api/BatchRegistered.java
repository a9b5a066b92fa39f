package cn.haztrail.batch.api;

import org.axonframework.serialization.Revision;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.shared.domain.Quantity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A batch was generated and is in storage at its producer (R06, R07). */
@Revision("1")
public record BatchRegistered(UUID batchId, UUID producerId, String labelId, String edition, String wasteCode, Quantity quantity,
                              PhysicalForm form, Packaging packaging, List<HazardCharacteristic> hazards,
                              String mainComponents, Instant generatedAt, String storageLocation,
                              Instant storageLimitAt) {
}
