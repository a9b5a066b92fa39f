package cn.haztrail.batch.api;

import cn.haztrail.shared.axon.BusinessTimed;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.shared.domain.Quantity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Registers a generated batch at its producer (R06); the label id is allocated by the handler (R07). */
public record RegisterBatch(UUID batchId, UUID producerId, String producerCreditCode, String edition, String wasteCode,
                            Quantity quantity, PhysicalForm form, Packaging packaging,
                            List<HazardCharacteristic> hazards, String mainComponents, Instant generatedAt,
                            String storageLocation)
        implements BusinessTimed {

    @Override
    public Instant businessTime() {
        return generatedAt;
    }
}
