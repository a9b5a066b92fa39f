package cn.haztrail.exemption.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The receipt happened: the held quantity is drawn ({@link ExemptionQuantityDrawn}). Never refused for the cap:
 * without a hold {@code tonnes} are drawn all the same and any overrun is recorded ({@link ExemptionDrawOverrun}).
 * Repeated, it changes nothing.
 */
public record ConfirmExemptionDraw(@TargetAggregateIdentifier UUID exemptionId, UUID manifestId, BigDecimal tonnes) {
}
