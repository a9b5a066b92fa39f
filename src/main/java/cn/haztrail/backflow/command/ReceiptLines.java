package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordRefused;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.LineOutcome;
import cn.haztrail.manifest.api.ReceiptOutcome;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The receiver's decision per line (R18): accepted tonnes and method for what it took, nothing for a rejection. */
final class ReceiptLines {

    private ReceiptLines() {
    }

    static List<LineOutcome> read(SourceRecord record, List<BatchLine> lines, CheckContext context) {
        List<String> decisions = record.list(Field.LINE_DECISIONS);
        List<String> accepted = record.list(Field.LINE_ACCEPTED_TONNES);
        List<String> methods = record.list(Field.LINE_METHODS);
        if (decisions.size() != lines.size()) {
            throw RecordRefused.of(Field.LINE_DECISIONS, "R18", "refused.backflow.line-count",
                    Field.LINE_DECISIONS.header(), lines.size());
        }
        List<LineOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            BatchLine line = lines.get(i);
            LineDecision decision = Values.enumValue(Field.LINE_DECISIONS, decisions.get(i), LineDecision.class);
            if (decision == LineDecision.REJECT) {
                outcomes.add(new LineOutcome(line.batchId(), decision, null, null, List.of(), null, null,
                        line.wasteCode()));
                continue;
            }
            String tonnes = i < accepted.size() ? accepted.get(i) : "";
            if (tonnes.isEmpty()) {
                throw RecordRefused.of(Field.LINE_ACCEPTED_TONNES, "R18", "refused.backflow.missing",
                        Field.LINE_ACCEPTED_TONNES.header());
            }
            BigDecimal mass = Values.decimal(Field.LINE_ACCEPTED_TONNES, tonnes);
            if (decision == LineDecision.PARTIAL && line.quantity().hasMass()
                    && mass.compareTo(line.quantity().tonnes()) >= 0) {
                throw RecordRefused.of(Field.LINE_ACCEPTED_TONNES, "R18", "refused.backflow.partial-not-less",
                        tonnes, line.quantity().tonnes().toPlainString());
            }
            String method = i < methods.size() ? methods.get(i) : "";
            var known = context.methods().find(method);
            if (known.isEmpty()) {
                throw RecordRefused.of(Field.LINE_METHODS, "R18", "refused.backflow.unknown-method", method);
            }
            outcomes.add(new LineOutcome(line.batchId(), decision, new Quantity(mass, QuantityUnit.T),
                    known.get().code(), List.of(), null, null, line.wasteCode()));
        }
        return outcomes;
    }

    static ReceiptOutcome outcome(List<LineOutcome> outcomes) {
        if (outcomes.stream().allMatch(o -> o.decision() == LineDecision.REJECT)) {
            return ReceiptOutcome.REJECTED;
        }
        return outcomes.stream().allMatch(o -> o.decision() == LineDecision.ACCEPT)
                ? ReceiptOutcome.ACCEPTED : ReceiptOutcome.PARTIALLY_ACCEPTED;
    }
}
