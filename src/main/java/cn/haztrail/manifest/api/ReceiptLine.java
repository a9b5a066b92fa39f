package cn.haztrail.manifest.api;

import cn.haztrail.shared.domain.Quantity;

import java.util.UUID;

/**
 * The receiver's statement on one line (R17): the weighed accepted quantity (null for a rejected line), whether name,
 * characteristics, form and packaging match, the container count found, the decision and the method it will use,
 * and the weighbridge ticket reference that vouches for a mass above the declared one (R27; null when not needed).
 */
public record ReceiptLine(UUID batchId, LineDecision decision, Quantity acceptedQuantity, boolean nameMatches,
                          boolean characteristicsMatch, boolean formMatches, boolean packagingMatches,
                          int containersReceived, String methodCode, String note, String weighbridgeTicket) {

    public ReceiptLine(UUID batchId, LineDecision decision, Quantity acceptedQuantity, boolean nameMatches,
                       boolean characteristicsMatch, boolean formMatches, boolean packagingMatches,
                       int containersReceived, String methodCode, String note) {
        this(batchId, decision, acceptedQuantity, nameMatches, characteristicsMatch, formMatches, packagingMatches,
                containersReceived, methodCode, note, null);
    }
}
