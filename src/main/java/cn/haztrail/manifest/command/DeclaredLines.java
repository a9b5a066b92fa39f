package cn.haztrail.manifest.command;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.DiscrepancyRecorded;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ReceiptLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lines a manifest declared, by batch: what the labels scanned at loading (R13) and what the receiver states
 * (R17, R18, R27) are held against.
 */
final class DeclaredLines {

    private final ManifestKind kind;
    private final Map<UUID, BatchLine> lines = new LinkedHashMap<>();

    DeclaredLines(ManifestKind kind, List<BatchLine> declared) {
        this.kind = kind;
        declared.forEach(line -> lines.put(line.batchId(), line));
    }

    LabelCheck labels(List<String> scanned) {
        return LabelCheck.of(lines.values(), scanned);
    }

    /** R17, R18, R27: the receipt's lines, once it states every declared line plausibly. */
    List<ReceiptLine> checkedReceipt(List<ReceiptLine> found, BigDecimal tolerance) {
        List<ReceiptLine> checked = ReceiptRules.checkedLines(found, lines.keySet(), kind);
        ReceiptRules.checkPlausible(checked, lines, tolerance);
        return checked;
    }

    /** Each checked line's outcome, in the receipt's order. */
    List<LineOutcome> outcomes(List<ReceiptLine> checked, BigDecimal tolerance) {
        List<LineOutcome> outcomes = new ArrayList<>();
        for (ReceiptLine found : checked) {
            outcomes.add(ReceiptEvaluation.outcome(lines.get(found.batchId()), found, tolerance));
        }
        return outcomes;
    }

    /** R17: a discrepancy for each checked line whose outcome found one, in the receipt's order. */
    List<DiscrepancyRecorded> discrepancies(UUID manifestId, List<ReceiptLine> checked, List<LineOutcome> outcomes) {
        List<DiscrepancyRecorded> discrepancies = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            ReceiptLine found = checked.get(i);
            LineOutcome outcome = outcomes.get(i);
            BatchLine declared = lines.get(found.batchId());
            if (!outcome.discrepancies().isEmpty()) {
                discrepancies.add(new DiscrepancyRecorded(manifestId, found.batchId(), outcome.discrepancies(),
                        declared.quantity(), found.acceptedQuantity(), declared.packaging().count(),
                        found.containersReceived(), found.note()));
            }
        }
        return discrepancies;
    }
}
