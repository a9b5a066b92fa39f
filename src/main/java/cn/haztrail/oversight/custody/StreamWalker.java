package cn.haztrail.oversight.custody;

import cn.haztrail.batch.query.BatchLineage;
import cn.haztrail.batch.query.BatchTrips;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the streams of a chain of custody from the event store, breadth-first from the batch or manifest asked for,
 * following the links its events name ({@link StreamLinks}) and, for a batch, the manifests it was put on
 * ({@link BatchTrips}: since issue 16 a batch's own stream does not name them), keeping only the events the
 * {@link TimeCut} counts (R24), so that a link that had not happened by asOf, or had not been recorded by knownAt, is
 * not followed either: a manifest of which nothing counts is not listed.
 * The walk is bounded: at most {@value #MAX_STREAMS} streams and {@value #MAX_EVENTS} events, so that a long or
 * malicious chain cannot make one request read the whole store; a bounded answer says so.
 */
@Component
class StreamWalker {

    static final int MAX_STREAMS = 50;
    static final int MAX_EVENTS = 5_000;

    private final EventStore eventStore;
    private final Function<UUID, List<UUID>> manifestsOfBatch;
    private final Function<UUID, List<UUID>> outputsOfBatch;

    @Autowired
    StreamWalker(EventStore eventStore, BatchTrips trips, BatchLineage lineage) {
        this(eventStore, trips::manifestsOf, lineage::outputsOf);
    }

    StreamWalker(EventStore eventStore, Function<UUID, List<UUID>> manifestsOfBatch) {
        this(eventStore, manifestsOfBatch, batch -> List.of());
    }

    StreamWalker(EventStore eventStore, Function<UUID, List<UUID>> manifestsOfBatch,
                 Function<UUID, List<UUID>> outputsOfBatch) {
        this.eventStore = eventStore;
        this.manifestsOfBatch = manifestsOfBatch;
        this.outputsOfBatch = outputsOfBatch;
    }

    Walk walk(StreamRef start, TimeCut cut) {
        Deque<StreamRef> queue = new ArrayDeque<>(List.of(start));
        Set<UUID> seen = new HashSet<>(Set.of(start.id()));
        List<StreamRef> read = new ArrayList<>();
        List<List<ChainEvent>> events = new ArrayList<>();
        int count = 0;
        boolean truncated = false;
        while (!queue.isEmpty()) {
            StreamRef stream = queue.poll();
            List<ChainEvent> own = read(stream, cut);
            if (count + own.size() > MAX_EVENTS) {
                truncated = true;
                break;
            }
            if (own.isEmpty()) {
                continue;
            }
            read.add(stream);
            events.add(own);
            count += own.size();
            for (StreamRef link : links(stream, own, stream.equals(start))) {
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
        return new Walk(List.copyOf(read), ChainOrder.merge(events), truncated);
    }

    /**
     * A batch's manifests first, in drafting order, then, for the batch asked for, the batches made from shares of
     * it (R39: their creation is their own event, so one made after asOf lists nothing), then what its events name
     * (in old stores, the same manifests).
     */
    private List<StreamRef> links(StreamRef stream, List<ChainEvent> own, boolean withBatches) {
        List<StreamRef> links = new ArrayList<>();
        if (stream.kind() == StreamKind.BATCH) {
            manifestsOfBatch.apply(stream.id()).stream().map(StreamRef::manifest).forEach(links::add);
            if (withBatches) {
                outputsOfBatch.apply(stream.id()).stream().map(StreamRef::batch).forEach(links::add);
            }
        }
        own.forEach(event -> links.addAll(StreamLinks.of(event.payload(), withBatches)));
        return links;
    }

    /**
     * The whole stream from sequence 0 (never from a snapshot), or nothing if the id names a stream of another
     * aggregate type than the link promised.
     */
    private List<ChainEvent> read(StreamRef stream, TimeCut cut) {
        List<ChainEvent> events = new ArrayList<>();
        DomainEventStream stored = eventStore.readEvents(stream.id().toString(), 0L);
        while (stored.hasNext()) {
            DomainEventMessage<?> message = stored.next();
            if (!stream.kind().aggregateType().equals(message.getType())) {
                return List.of();
            }
            ChainEvent event = new ChainEvent(stream, message.getSequenceNumber(), message.getTimestamp(),
                    message.getPayload(), message.getMetaData());
            if (cut.counts(event)) {
                events.add(event);
            }
        }
        return events;
    }

    /**
     * @param streams   the streams that had events to list, in the order the walk found them
     * @param events    every listed event, in {@link ChainOrder}
     * @param truncated whether the walk stopped at its bound
     */
    record Walk(List<StreamRef> streams, List<ChainEvent> events, boolean truncated) {
    }
}
