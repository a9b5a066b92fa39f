package cn.haztrail.oversight.custody;

import java.time.Instant;

/**
 * Which events a bitemporal reading of a chain counts (R24): those that had happened by {@code asOf} (business time:
 * "where was this waste on 28 November") and had been recorded by {@code knownAt} (recording time: "what did the
 * record say on 28 November"). Either may be absent, and then does not limit.
 */
record TimeCut(Instant asOf, Instant knownAt) {

    static final TimeCut EVERYTHING = new TimeCut(null, null);

    boolean counts(ChainEvent event) {
        return (asOf == null || !event.businessTime().isAfter(asOf))
                && (knownAt == null || !event.recordedAt().isAfter(knownAt));
    }
}
