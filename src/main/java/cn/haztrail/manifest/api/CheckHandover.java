package cn.haztrail.manifest.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Which part of a handover (R15) is this carrier's: the carrier holding the waste offers it to the next carrier
 * named, the carrier it was offered to takes it over ({@link HandoverTurn}). Refused for any other carrier, or when
 * no carrier is named after the holder; stores nothing.
 */
public record CheckHandover(@TargetAggregateIdentifier UUID manifestId, UUID carrierId) {
}
