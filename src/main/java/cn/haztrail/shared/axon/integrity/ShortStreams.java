package cn.haztrail.shared.axon.integrity;

import cn.haztrail.shared.axon.SnapshotConfiguration;
import org.axonframework.eventhandling.DomainEventData;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The streams this node knows to be too short to have a snapshot, so that loading their aggregate does not ask the
 * snapshot table first (issue 16: a manifest or a batch is loaded at every step, and no snapshot is ever taken of a
 * stream shorter than {@link SnapshotConfiguration#EVENTS_BETWEEN_SNAPSHOTS} events).
 * <p>
 * Leaving a snapshot out is always correct, only slower: the aggregate is rebuilt from all its events. So what another
 * node did meanwhile (appended, or snapshotted a stream this node still holds short) costs at most one full load,
 * which tells this node the stream's real length. A stream this node took a snapshot of is never held short again,
 * so a snapshot is always checked against the chain when its aggregate loads (R23). Bounded: the least recently used
 * streams are forgotten and then asked about as before.
 */
@Component
public class ShortStreams {

    private static final int REMEMBERED = 20_000;

    private final Map<String, Boolean> shortStreams = bounded();
    private final Map<String, Boolean> snapshotted = bounded();

    /** True if the stream was shorter than a snapshot needs when this node last read or wrote it. */
    boolean cannotHaveSnapshot(String aggregateIdentifier) {
        return shortStreams.containsKey(aggregateIdentifier) && !snapshotted.containsKey(aggregateIdentifier);
    }

    /**
     * A batch of a stream's events as a load read it. Only a read from the stream's start (no snapshot used) can show
     * the stream short; any batch can show it long.
     */
    void loaded(String aggregateIdentifier, long firstSequenceNumber, List<? extends DomainEventData<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        long last = events.get(events.size() - 1).getSequenceNumber();
        if (firstSequenceNumber == 0 || !isShort(last)) {
            seen(aggregateIdentifier, last);
        }
    }

    void appended(String aggregateIdentifier, long sequenceNumber) {
        seen(aggregateIdentifier, sequenceNumber);
    }

    void snapshotTaken(String aggregateIdentifier) {
        snapshotted.put(aggregateIdentifier, Boolean.TRUE);
        shortStreams.remove(aggregateIdentifier);
    }

    private static boolean isShort(long lastSequenceNumber) {
        return lastSequenceNumber + 1 < SnapshotConfiguration.EVENTS_BETWEEN_SNAPSHOTS;
    }

    private void seen(String aggregateIdentifier, long lastSequenceNumber) {
        if (isShort(lastSequenceNumber)) {
            shortStreams.put(aggregateIdentifier, Boolean.TRUE);
        } else {
            shortStreams.remove(aggregateIdentifier);
        }
    }

    private static Map<String, Boolean> bounded() {
        return Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > REMEMBERED;
            }
        });
    }
}
