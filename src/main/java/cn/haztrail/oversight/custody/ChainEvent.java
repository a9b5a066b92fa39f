package cn.haztrail.oversight.custody;

import java.time.Instant;
import java.util.Map;

/**
 * One stored event of a custody stream, detached from Axon's message types so that folding and summaries are plain
 * code that unit tests feed directly.
 *
 * @param recordedAt the event's timestamp: when HazTrail recorded it
 * @param metaData   the audit metadata of R22 (account, enterprise, role, business time)
 */
record ChainEvent(StreamRef stream, long sequenceNumber, Instant recordedAt, Object payload,
                  Map<String, ?> metaData) {

    String eventType() {
        return payload.getClass().getSimpleName();
    }
}
