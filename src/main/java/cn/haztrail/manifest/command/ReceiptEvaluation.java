package cn.haztrail.manifest.command;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.DiscrepancyKind;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ReceiptLine;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.shared.domain.Quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Compares what the receiver found with what the manifest declared (R17) and sums up the decisions (R18). */
final class ReceiptEvaluation {

    private ReceiptEvaluation() {
    }

    static LineOutcome outcome(BatchLine declared, ReceiptLine found, BigDecimal tolerance) {
        List<DiscrepancyKind> kinds = new ArrayList<>();
        if (!found.nameMatches()) {
            kinds.add(DiscrepancyKind.NAME);
        }
        if (quantityDiffers(declared.quantity(), found.acceptedQuantity(), tolerance)) {
            kinds.add(DiscrepancyKind.QUANTITY);
        }
        if (!found.characteristicsMatch()) {
            kinds.add(DiscrepancyKind.CHARACTERISTICS);
        }
        if (!found.formMatches()) {
            kinds.add(DiscrepancyKind.FORM);
        }
        if (!found.packagingMatches() || found.containersReceived() != declared.packaging().count()) {
            kinds.add(DiscrepancyKind.PACKAGING);
        }
        return new LineOutcome(found.batchId(), found.decision(), found.acceptedQuantity(), found.methodCode(),
                List.copyOf(kinds), found.note(), found.weighbridgeTicket(), declared.wasteCode());
    }

    /** A mass accepted against a mass declared, off by more than the tolerance; volumes cannot be compared. */
    private static boolean quantityDiffers(Quantity declared, Quantity accepted, BigDecimal tolerance) {
        if (accepted == null || !declared.hasMass()) {
            return false;
        }
        BigDecimal declaredTonnes = declared.tonnes();
        BigDecimal difference = accepted.tonnes().subtract(declaredTonnes).abs();
        return difference.divide(declaredTonnes, MathContext.DECIMAL64).compareTo(tolerance) > 0;
    }

    static ReceiptOutcome overall(List<LineOutcome> lines) {
        boolean allAccepted = lines.stream().allMatch(line -> line.decision() == LineDecision.ACCEPT);
        boolean allRejected = lines.stream().allMatch(line -> line.decision() == LineDecision.REJECT);
        if (allAccepted) {
            return ReceiptOutcome.ACCEPTED;
        }
        return allRejected ? ReceiptOutcome.REJECTED : ReceiptOutcome.PARTIALLY_ACCEPTED;
    }
}
