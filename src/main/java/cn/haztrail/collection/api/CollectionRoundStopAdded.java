package cn.haztrail.collection.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A producer's manifest became the round's stop number {@code stopNo} (from 1, in the order of the trip; R43).
 * {@code medicalLimitAt}: when the first of its medical batches (HW01) reaches its 48 hours, as the round checked it
 * (R44), so that the round's alert (R46) judges from the event alone; null when none is medical, or for a stop added
 * before revision 2 (then nobody knows, and no alert is raised for it).
 */
@Revision("2")
public record CollectionRoundStopAdded(UUID roundId, int stopNo, UUID manifestId, UUID producerId,
                                       Instant medicalLimitAt) {
}
