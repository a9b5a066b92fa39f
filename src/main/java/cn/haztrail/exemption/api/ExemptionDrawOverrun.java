package cn.haztrail.exemption.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A receipt drawn on an exemption without quantity held for it, beyond its cap (R37): {@code overTonnes} of its
 * {@code tonnes} (drawn in the {@link ExemptionQuantityDrawn} before it) exceed what was left. A receipt is a fact
 * and is never undone; the regulator sees the overrun.
 */
@Revision("1")
public record ExemptionDrawOverrun(UUID exemptionId, UUID manifestId, BigDecimal tonnes, BigDecimal overTonnes) {
}
