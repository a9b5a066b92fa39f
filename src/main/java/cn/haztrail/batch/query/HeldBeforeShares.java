package cn.haztrail.batch.query;

import cn.haztrail.batch.api.BatchStatus;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;

import java.math.BigDecimal;

/**
 * What the holder of a batch holds before any share of it was taken (R39): the quantity in storage; once received,
 * what was accepted, plus, after a partial receipt, the part not accepted, which the receiver holds too.
 */
final class HeldBeforeShares {

    private HeldBeforeShares() {
    }

    static Quantity of(BatchStatus status, Quantity quantity, Quantity accepted, boolean partlyAccepted) {
        if (status != BatchStatus.RECEIVED || accepted == null) {
            return quantity;
        }
        boolean restHeld = partlyAccepted && quantity.hasMass() && accepted.hasMass()
                && quantity.tonnes().compareTo(accepted.tonnes()) > 0;
        return restHeld ? new Quantity(quantity.tonnes().multiply(accepted.unit() == QuantityUnit.KG
                ? BigDecimal.valueOf(1000) : BigDecimal.ONE), accepted.unit()) : accepted;
    }
}
