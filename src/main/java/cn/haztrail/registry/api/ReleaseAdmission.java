package cn.haztrail.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Gives back the room held for a receipt that did not happen (it was refused); {@code reason} says why. */
public record ReleaseAdmission(@TargetAggregateIdentifier UUID receiverId, UUID manifestId, String reason) {
}
