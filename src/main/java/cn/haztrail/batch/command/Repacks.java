package cn.haztrail.batch.command;

import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.i18n.Translatable;

import java.math.BigDecimal;

/** R39 as the new batch checks it: the shares taken from its sources are its quantity plus the recorded loss. */
final class Repacks {

    private Repacks() {
    }

    static void requireConserved(BatchRepacked event) {
        BigDecimal taken = event.sources().stream().map(BatchShare::quantity).map(Quantity::tonnes)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal loss = event.loss() == null ? BigDecimal.ZERO : event.loss().tonnes();
        BigDecimal made = event.quantity().tonnes();
        if (taken.compareTo(made.add(loss)) != 0) {
            throw CommandRefused.ruleViolated("R39", "quantity", Translatable.of("refused.repack.mass-not-conserved",
                    taken.toPlainString(), made.toPlainString(), loss.toPlainString()));
        }
        if (loss.signum() > 0 && (event.lossReason() == null || event.lossReason().isBlank())) {
            throw CommandRefused.ruleViolated("R39", "lossReason", Translatable.of("refused.repack.loss-no-reason"));
        }
    }
}
