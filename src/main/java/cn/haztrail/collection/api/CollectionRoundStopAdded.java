package cn.haztrail.collection.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A producer's manifest became the round's stop number {@code stopNo} (from 1, in the order of the trip; R43). */
@Revision("1")
public record CollectionRoundStopAdded(UUID roundId, int stopNo, UUID manifestId, UUID producerId) {
}
