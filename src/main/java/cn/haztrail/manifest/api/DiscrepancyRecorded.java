package cn.haztrail.manifest.api;

import org.axonframework.serialization.Revision;
import cn.haztrail.shared.domain.Quantity;

import java.util.List;
import java.util.UUID;

/** What arrived differs from the manifest on one line (R17); visible to the consignor and the regulator. */
@Revision("1")
public record DiscrepancyRecorded(UUID manifestId, UUID batchId, List<DiscrepancyKind> kinds, Quantity declaredQuantity,
                                  Quantity acceptedQuantity, int containersDeclared, int containersReceived,
                                  String note) {
}
