package cn.haztrail.collection.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** The vehicle is back at the collector's site: the round is over (R42). */
public record CompleteCollectionRound(@TargetAggregateIdentifier UUID roundId, Instant completedAt) {
}
