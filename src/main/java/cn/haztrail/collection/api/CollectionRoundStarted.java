package cn.haztrail.collection.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The round's vehicle set out; no stop is added from now on (R42). */
@Revision("1")
public record CollectionRoundStarted(UUID roundId, Instant startedAt) {
}
