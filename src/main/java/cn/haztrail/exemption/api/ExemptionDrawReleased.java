package cn.haztrail.exemption.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.UUID;

/** Quantity held for a receipt given back, because the receipt was refused ({@code reason}). */
@Revision("1")
public record ExemptionDrawReleased(UUID exemptionId, UUID manifestId, BigDecimal tonnes, String reason) {
}
