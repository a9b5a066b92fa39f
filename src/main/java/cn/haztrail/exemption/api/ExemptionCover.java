package cn.haztrail.exemption.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An exemption that covers a line, as the command side knows it: its cap and what receipts have drawn (holds of
 * receipts under way are not counted here; the draw itself counts them).
 */
public record ExemptionCover(UUID exemptionId, BigDecimal quantityCapTonnes, BigDecimal drawnTonnes,
                             LocalDate validTo) {

    public BigDecimal remainingTonnes() {
        return quantityCapTonnes.subtract(drawnTonnes).max(BigDecimal.ZERO);
    }
}
