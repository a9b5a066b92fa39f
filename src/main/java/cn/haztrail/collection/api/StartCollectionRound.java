package cn.haztrail.collection.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** The vehicle sets out on the round (R42). */
public record StartCollectionRound(@TargetAggregateIdentifier UUID roundId, Instant startedAt) {
}
