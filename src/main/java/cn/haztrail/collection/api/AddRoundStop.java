package cn.haztrail.collection.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Adds one producer's manifest as the round's next stop (R43, R44), with the manifest's facts as they stand. */
public record AddRoundStop(@TargetAggregateIdentifier UUID roundId, StopManifest manifest) {
}
