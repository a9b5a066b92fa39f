package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ReceiptLine;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

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
                throw CommandRefused.ruleViolated("R17", field + ".batchId",
                        Translatable.of("refused.manifest.receipt-line-twice"));
            }
            if (line.decision() != LineDecision.REJECT) {
                if (line.acceptedQuantity() == null || !line.acceptedQuantity().hasMass()
                        || line.acceptedQuantity().value().signum() <= 0) {
                    throw CommandRefused.ruleViolated("R17", field + ".acceptedQuantity",
                            Translatable.of("refused.manifest.accepted-without-mass"));
                }
                if (kind != ManifestKind.RETURN && (line.methodCode() == null || line.methodCode().isBlank())) {
                    throw CommandRefused.ruleViolated("R03", field + ".methodCode",
                            Translatable.of("refused.manifest.accepted-without-method"));
                }
            } else if (line.acceptedQuantity() != null) {
                throw CommandRefused.ruleViolated("R18", field + ".acceptedQuantity",
                        Translatable.of("refused.manifest.rejected-line-accepts-nothing"));
            }
        }
        if (!stated.equals(declared)) {
            throw CommandRefused.ruleViolated("R17", "lines", Translatable.of("refused.manifest.receipt-line-missing"));
        }
        return found;
    }
}
