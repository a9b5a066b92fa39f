package cn.haztrail.batch.api;

import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.shared.domain.Quantity;

import java.util.List;
import java.util.UUID;

/** What a manifest line says of a batch; the batch answers with it when it is allocated to a manifest. */
public record BatchLine(UUID batchId, String labelId, String edition, String wasteCode, String wasteName,
                        Quantity quantity, PhysicalForm form, Packaging packaging,
                        List<HazardCharacteristic> hazards) {
}
