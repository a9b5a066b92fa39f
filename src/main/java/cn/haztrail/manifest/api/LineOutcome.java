package cn.haztrail.manifest.api;

import cn.haztrail.shared.domain.Quantity;

import java.util.List;
import java.util.UUID;

/**
 * How one line was received, with the discrepancies found (R17, R18), the weighbridge ticket that vouches for a
 * mass accepted above the declared one (R27; null when none was needed or given, and in receipts stored before R27)
 * and the line's waste code (null in receipts stored before {@link ManifestReceived} revision 2).
 */
public record LineOutcome(UUID batchId, LineDecision decision, Quantity acceptedQuantity, String methodCode,
                          List<DiscrepancyKind> discrepancies, String note, String weighbridgeTicket,
                          String wasteCode) {

    public LineOutcome(UUID batchId, LineDecision decision, Quantity acceptedQuantity, String methodCode,
                       List<DiscrepancyKind> discrepancies, String note, String weighbridgeTicket) {
        this(batchId, decision, acceptedQuantity, methodCode, discrepancies, note, weighbridgeTicket, null);
    }

    public LineOutcome(UUID batchId, LineDecision decision, Quantity acceptedQuantity, String methodCode,
                       List<DiscrepancyKind> discrepancies, String note) {
        this(batchId, decision, acceptedQuantity, methodCode, discrepancies, note, null, null);
    }
}
