package cn.haztrail.collection.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The round is over (R42). */
@Revision("1")
public record CollectionRoundCompleted(UUID roundId, Instant completedAt) {
}
