package cn.haztrail.manifest.command;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.manifest.api.ImplausibleAcceptance;
import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.api.ReceiptLine;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.domain.Quantity;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a receipt must state (R17, R18): every line once, a weighed quantity and a method for what it accepts; and
 * whether the accepted masses are plausible against the declared ones (R27).
 */
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

    /**
     * R27: an accepted mass far above the declared one is more often a typing error (t for kg) than a weighing. Above
     * the R17 tolerance it needs the weighbridge ticket that vouches for it; above {@link ImplausibleAcceptance}'s factor
     * times the declared mass it is refused. Volumes cannot be compared and are not checked.
     */
    static void checkPlausible(List<ReceiptLine> found, Map<UUID, BatchLine> declared, BigDecimal tolerance) {
        for (int i = 0; i < found.size(); i++) {
            ReceiptLine line = found.get(i);
            Quantity declaredQuantity = declared.get(line.batchId()).quantity();
            Quantity accepted = line.acceptedQuantity();
            if (accepted == null || !accepted.hasMass() || !declaredQuantity.hasMass()) {
                continue;
            }
            BigDecimal declaredTonnes = declaredQuantity.tonnes();
            if (ImplausibleAcceptance.of(accepted.tonnes(), declaredTonnes)) {
                throw CommandRefused.ruleViolated("R27", "lines[" + i + "].acceptedQuantity", Translatable.of(
                        "refused.manifest.implausible-acceptance", accepted.tonnes(), declaredTonnes,
                        ImplausibleAcceptance.FACTOR));
            }
            boolean aboveTolerance = accepted.tonnes()
                    .compareTo(declaredTonnes.multiply(BigDecimal.ONE.add(tolerance))) > 0;
            if (aboveTolerance && (line.weighbridgeTicket() == null || line.weighbridgeTicket().isBlank())) {
                throw CommandRefused.ruleViolated("R27", "lines[" + i + "].weighbridgeTicket", Translatable.of(
                        "refused.manifest.weighbridge-ticket-missing", tolerance.movePointRight(2).stripTrailingZeros(),
                        declaredTonnes));
            }
        }
    }
}
