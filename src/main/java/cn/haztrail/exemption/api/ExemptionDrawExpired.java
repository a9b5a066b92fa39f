package cn.haztrail.exemption.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Quantity held for a receipt that was neither confirmed nor released by {@code expiredAt}; free again. */
@Revision("1")
public record ExemptionDrawExpired(UUID exemptionId, UUID manifestId, BigDecimal tonnes, Instant expiredAt) {
}
