package cn.haztrail.exemption.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Gives back the quantity held for a receipt that did not happen (it was refused); {@code reason} says why. */
public record ReleaseExemptionDraw(@TargetAggregateIdentifier UUID exemptionId, UUID manifestId, String reason) {
}
