package cn.haztrail.collection.command;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The round's command-side lookup of its stops (never the read model): which rounds a manifest is a stop of until
 * they are completed, and when each stop's manifest was picked up. Kept by {@link RoundStopsHandler}.
 */
public interface RoundStops {

    /** The rounds, not completed, that have the manifest as a stop. */
    List<UUID> roundsOf(UUID manifestId);

    /** When each stop's manifest of the round was picked up, by manifest id; a stop not yet picked up is absent. */
    Map<UUID, Instant> pickups(UUID roundId);
}
