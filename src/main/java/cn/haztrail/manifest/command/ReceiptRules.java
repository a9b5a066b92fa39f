package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ReceiptLine;
import cn.haztrail.shared.domain.CommandRefused;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What a receipt must state (R17, R18): every line once, a weighed quantity and a method for what it accepts. */
final class ReceiptRules {

    private ReceiptRules() {
    }

    static List<ReceiptLine> checkedLines(List<ReceiptLine> found, Set<UUID> declared, ManifestKind kind) {
        Set<UUID> stated = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            ReceiptLine line = found.get(i);
            String field = "lines[" + i + "]";
            if (!declared.contains(line.batchId()) || !stated.add(line.batchId())) {
                throw CommandRefused.ruleViolated("R17", field + ".batchId", "each line of the manifest is stated once");
            }
            if (line.decision() != LineDecision.REJECT) {
                if (line.acceptedQuantity() == null || !line.acceptedQuantity().hasMass()
                        || line.acceptedQuantity().value().signum() <= 0) {
                    throw CommandRefused.ruleViolated("R17", field + ".acceptedQuantity",
                            "an accepted line states the weighed mass accepted (kg or t)");
                }
                if (kind != ManifestKind.RETURN && (line.methodCode() == null || line.methodCode().isBlank())) {
                    throw CommandRefused.ruleViolated("R03", field + ".methodCode",
                            "an accepted line states the utilization/disposal method");
                }
            } else if (line.acceptedQuantity() != null) {
                throw CommandRefused.ruleViolated("R18", field + ".acceptedQuantity", "a rejected line accepts nothing");
            }
        }
        if (!stated.equals(declared)) {
            throw CommandRefused.ruleViolated("R17", "lines", "the receipt states every line of the manifest");
        }
        return found;
    }
}
