package cn.haztrail.oversight.custody;

import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
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
 * From the batch asked for, the lineage (R39-R41) is followed through every split and consolidation in one
 * direction at a time: down through the new batches shares of it went into, their own new batches and so on to the
 * final treatment of each share; up through the batches it was made from, their sources and so on to the batches
 * their producers registered. A batch met on the way down is not followed up (its other sources are someone else's
 * waste), nor one met on the way up followed down. At most {@value #MAX_LINEAGE_DEPTH} repackings deep each way.
 * The walk is bounded: at most {@value #MAX_STREAMS} streams and {@value #MAX_EVENTS} events, so that a long or
 * malicious chain cannot make one request read the whole store; a bounded answer says so, as does a lineage that
 * goes on past its depth.
 */
@Component
class StreamWalker {

    static final int MAX_STREAMS = 50;
    static final int MAX_EVENTS = 5_000;
    static final int MAX_LINEAGE_DEPTH = 10;

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
        Deque<Visit> queue = new ArrayDeque<>(List.of(new Visit(start, Lineage.BOTH, 0)));
        Set<UUID> seen = new HashSet<>(Set.of(start.id()));
        List<StreamRef> read = new ArrayList<>();
        List<List<ChainEvent>> events = new ArrayList<>();
        int count = 0;
        boolean truncated = false;
        while (!queue.isEmpty()) {
            Visit visit = queue.poll();
            List<ChainEvent> own = read(visit.stream(), cut);
            if (count + own.size() > MAX_EVENTS) {
                truncated = true;
                break;
            }
            if (own.isEmpty()) {
                continue;
            }
            read.add(visit.stream());
            events.add(own);
            count += own.size();
            Links links = links(visit, own, visit.stream().equals(start));
            truncated |= links.deeper();
            for (Visit link : links.visits()) {
                if (seen.contains(link.stream().id())) {
                    continue;
                }
                if (seen.size() >= MAX_STREAMS) {
                    truncated = true;
                    continue;
                }
                seen.add(link.stream().id());
                queue.add(link);
            }
        }
        return new Walk(List.copyOf(read), ChainOrder.merge(events), truncated);
    }

    /**
     * A batch's manifests first, in drafting order, then its lineage in the direction it is followed (R39: a new
     * batch's creation is its own event, so one made after asOf lists nothing and leads nowhere), then what its
     * events name (in old stores, the same manifests).
     */
    private Links links(Visit visit, List<ChainEvent> own, boolean start) {
        List<Visit> links = new ArrayList<>();
        StreamRef stream = visit.stream();
        boolean deeper = false;
        boolean withinDepth = visit.depth() < MAX_LINEAGE_DEPTH;
        if (stream.kind() == StreamKind.BATCH) {
            manifestsOfBatch.apply(stream.id()).stream().map(StreamRef::manifest).map(Visit::beside)
                    .forEach(links::add);
            if (visit.lineage().down()) {
                List<UUID> outputs = outputsOfBatch.apply(stream.id());
                deeper = !withinDepth && !outputs.isEmpty();
                if (withinDepth) {
                    outputs.stream().map(StreamRef::batch).map(output -> visit.next(output, Lineage.DOWN))
                            .forEach(links::add);
                }
            }
        }
        for (ChainEvent event : own) {
            if (event.payload() instanceof BatchRepacked repacked && visit.lineage().up()) {
                deeper |= !withinDepth;
                if (withinDepth) {
                    repacked.sources().stream().map(BatchShare::batchId).map(StreamRef::batch)
                            .map(source -> visit.next(source, Lineage.UP)).forEach(links::add);
                }
            }
            StreamLinks.of(event.payload(), start).stream().map(Visit::beside).forEach(links::add);
        }
        return new Links(links, deeper);
    }

    /** Which way the lineage of a batch stream is followed: both from the batch asked for, else one or none. */
    private enum Lineage {
        BOTH, DOWN, UP, NONE;

        boolean down() {
            return this == BOTH || this == DOWN;
        }

        boolean up() {
            return this == BOTH || this == UP;
        }
    }

    /** A stream to read, how its lineage is followed and how many repackings away from the start it is. */
    private record Visit(StreamRef stream, Lineage lineage, int depth) {

        static Visit beside(StreamRef stream) {
            return new Visit(stream, Lineage.NONE, 0);
        }

        Visit next(StreamRef stream, Lineage way) {
            return new Visit(stream, way, depth + 1);
        }
    }

    /** The streams an event or stream leads to, and whether lineage went on past the depth bound. */
    private record Links(List<Visit> visits, boolean deeper) {
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
