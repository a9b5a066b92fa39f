package cn.haztrail.exemption.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Holds quantity on an exemption for a receipt under way (R37): refused unless the exemption is valid on
 * {@code onDate}, not revoked, and has {@code tonnes} left counting what other receipts hold. The hold ends when it
 * is confirmed, released or expires. Repeated while the hold stands, it changes nothing.
 */
public record ReserveExemptionDraw(@TargetAggregateIdentifier UUID exemptionId, UUID manifestId, BigDecimal tonnes,
                                   LocalDate onDate) {
}
