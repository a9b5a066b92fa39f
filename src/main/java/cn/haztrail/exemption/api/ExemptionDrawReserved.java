package cn.haztrail.exemption.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Quantity held on an exemption for a receipt under way (R37), counted as drawn until confirmed, released or {@code expiresAt}. */
@Revision("1")
public record ExemptionDrawReserved(UUID exemptionId, UUID manifestId, BigDecimal tonnes, Instant expiresAt) {
}
