package cn.haztrail.exemption.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.UUID;

/** A received quantity counted against an exemption (R37); {@code drawnTotal} is what it has used so far. */
@Revision("1")
public record ExemptionQuantityDrawn(UUID exemptionId, UUID manifestId, BigDecimal tonnes, BigDecimal drawnTotal) {
}
