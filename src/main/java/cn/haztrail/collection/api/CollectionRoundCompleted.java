package cn.haztrail.collection.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The vehicle is back and the round is over (R42): {@code collected} lists the stops whose manifests were picked up,
 * in the order of pickup (which may differ from the stop numbers); {@code notCollected} the stop numbers the vehicle
 * came back without, released so that their manifests can join another round. Both are empty for a round completed
 * before revision 2.
 */
@Revision("2")
public record CollectionRoundCompleted(UUID roundId, Instant completedAt, List<CollectedStop> collected,
                                       List<Integer> notCollected) {

    public CollectionRoundCompleted {
        collected = collected == null ? List.of() : List.copyOf(collected);
        notCollected = notCollected == null ? List.of() : List.copyOf(notCollected);
    }

    /** One stop's manifest picked up: the producer handed its batches over to the round's carrier. */
    public record CollectedStop(int stopNo, UUID manifestId, Instant pickedUpAt) {
    }
}
