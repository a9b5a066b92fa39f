package cn.haztrail.oversight.custody;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the streams of a chain of custody from the event store, breadth-first from the batch or manifest asked for,
 * following the links its events name ({@link StreamLinks}) and keeping only the events recorded at or before
 * {@code asOf} (R24), so that a link recorded later is not followed either. The walk is bounded: at most
 * {@value #MAX_STREAMS} streams and {@value #MAX_EVENTS} events, so that a long or malicious chain cannot make one
 * request read the whole store; a bounded answer says so.
 */
@Component
class StreamWalker {

    static final int MAX_STREAMS = 50;
    static final int MAX_EVENTS = 5_000;

    /** Recording time, then stream, then sequence: the same events always come in the same order. */
    static final Comparator<ChainEvent> ORDER = Comparator.comparing(ChainEvent::recordedAt)
            .thenComparing(event -> event.stream().id().toString())
            .thenComparingLong(ChainEvent::sequenceNumber);

    private final EventStore eventStore;

    StreamWalker(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** @param asOf null for everything recorded so far */
    Walk walk(StreamRef start, Instant asOf) {
        Deque<StreamRef> queue = new ArrayDeque<>(List.of(start));
        Set<UUID> seen = new HashSet<>(Set.of(start.id()));
        List<StreamRef> read = new ArrayList<>();
        List<ChainEvent> events = new ArrayList<>();
        boolean truncated = false;
        while (!queue.isEmpty()) {
            StreamRef stream = queue.poll();
            List<ChainEvent> own = read(stream, asOf);
            if (events.size() + own.size() > MAX_EVENTS) {
                truncated = true;
                break;
            }
            if (own.isEmpty()) {
                continue;
            }
            read.add(stream);
            events.addAll(own);
            for (ChainEvent event : own) {
                for (StreamRef link : StreamLinks.of(event.payload(), stream.equals(start))) {
                    if (seen.contains(link.id())) {
                        continue;
                    }
                    if (seen.size() >= MAX_STREAMS) {
                        truncated = true;
                        continue;
                    }
                    seen.add(link.id());
                    queue.add(link);
                }
            }
        }
        events.sort(ORDER);
        return new Walk(List.copyOf(read), List.copyOf(events), truncated);
    }

    /**
     * The whole stream from sequence 0 (never from a snapshot), or nothing if the id names a stream of another
     * aggregate type than the link promised.
     */
    private List<ChainEvent> read(StreamRef stream, Instant asOf) {
        List<ChainEvent> events = new ArrayList<>();
        DomainEventStream stored = eventStore.readEvents(stream.id().toString(), 0L);
        while (stored.hasNext()) {
            DomainEventMessage<?> message = stored.next();
            if (!stream.kind().aggregateType().equals(message.getType())) {
                return List.of();
            }
            if (asOf == null || !message.getTimestamp().isAfter(asOf)) {
                events.add(new ChainEvent(stream, message.getSequenceNumber(), message.getTimestamp(),
                        message.getPayload(), message.getMetaData()));
            }
        }
        return events;
    }

    /**
     * @param streams   the streams that had events to list, in the order the walk found them
     * @param events    every listed event, in {@link #ORDER}
     * @param truncated whether the walk stopped at its bound
     */
    record Walk(List<StreamRef> streams, List<ChainEvent> events, boolean truncated) {
    }
}
