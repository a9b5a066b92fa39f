package cn.haztrail.manifest.api;

import cn.haztrail.shared.domain.Quantity;

import java.util.List;
import java.util.UUID;

/** How one line was received, with the discrepancies found (R17, R18). */
public record LineOutcome(UUID batchId, LineDecision decision, Quantity acceptedQuantity, String methodCode,
                          List<DiscrepancyKind> discrepancies, String note) {
}
