package cn.haztrail.batch.api;

import cn.haztrail.shared.domain.Quantity;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One batch's share in a repacking: the mass taken from a source, or the mass an output carries away (R39).
 *
 * @param notAccepted of a source's share, the part taken from what a partial receipt did not accept (taken first,
 *                    R39, R40): still its consignor's waste, never in the holder's storage; null when none (and on
 *                    events of revision 1, which did not say)
 */
public record BatchShare(UUID batchId, String labelId, Quantity quantity, Quantity notAccepted) {

    /** A share with nothing taken from a part not accepted. */
    public BatchShare(UUID batchId, String labelId, Quantity quantity) {
        this(batchId, labelId, quantity, null);
    }

    /** @return the tonnes of this share taken from the holder's own storage: the share less its part not accepted */
    public BigDecimal heldTonnes() {
        return notAccepted == null || !notAccepted.hasMass() ? quantity.tonnes()
                : quantity.tonnes().subtract(notAccepted.tonnes());
    }
}
