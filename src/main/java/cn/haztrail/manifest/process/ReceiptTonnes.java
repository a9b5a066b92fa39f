package cn.haztrail.manifest.process;

import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestReceived;

import java.math.BigDecimal;
import java.util.List;

/** What a receipt counts against the receiver's licence year and the approval: the tonnes of its accepted lines. */
final class ReceiptTonnes {

    private ReceiptTonnes() {
    }

    /** Empty for a receipt of revision 1: it admitted and drew in its own transaction, nothing is left to confirm. */
    static List<LineOutcome> accepted(ManifestReceived receipt) {
        if (receipt.kind() == null) {
            return List.of();
        }
        return receipt.lines().stream().filter(line -> line.decision() != LineDecision.REJECT).toList();
    }

    static BigDecimal total(List<LineOutcome> lines) {
        return lines.stream().map(line -> line.acceptedQuantity().tonnes()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
