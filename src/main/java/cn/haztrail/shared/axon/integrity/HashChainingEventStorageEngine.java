package cn.haztrail.shared.axon.integrity;

import cn.haztrail.shared.axon.StreamsWritten;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SnapshotEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Axon's JPA storage engine that chains every event it appends to the one before it in its stream (R23): the hash of
 * {@link ChainedEvent}, taken over the columns exactly as they are written, goes into the event's metadata under
 * {@link ChainedEvent#HASH}. This is the one place where hashes are made. The rows are written in one JDBC batch
 * ({@link EventRows}).
 * <p>
 * The previous hash is that of the stored predecessor as the appending transaction read it: when the command loaded
 * its aggregate ({@link LoadedStreamEnds}), else by a read of its own (nothing is kept across transactions, so several
 * nodes may append); events of one batch are chained in memory. Two writers racing for the
 * same sequence number still collide on the unique (aggregate, sequence) index, as without hashing. An event published
 * without an aggregate is stored by Axon as a one-event stream (its own id, sequence 0): it is hashed the same way.
 * <p>
 * Snapshots are proven against the chain ({@link SnapshotProofs}): stored with the hash of the event they were taken
 * after and a keyed proof, and used only if both still hold. One that does not is left out, so the aggregate is
 * rebuilt from its events and the command is judged on them, and is reported ({@link DiscardedSnapshots}).
 * <p>
 * Streaming processors are never handed a row whose {@code global_index} lies beyond what the store's sequence has
 * issued ({@link IssuedPositions}): such a position was written by hand, and handing the row out would move every
 * token to it, past every event appended later at its real position. The processors wait at the real head instead
 * and take the row when it is put back (R23; the integrity check reports it meanwhile).
 */
public class HashChainingEventStorageEngine extends JpaEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(HashChainingEventStorageEngine.class);

    private final TransactionManager transactionManager;
    private final SnapshotProofs proofs;
    private final DiscardedSnapshots discarded;
    private final IssuedPositions issued;
    private final EventRows rows;
    private final ShortStreams shortStreams;
    /** The last position withheld, so that a row waiting to be put back is logged once, not at every poll. */
    private volatile long lastWithheld = -1;

    public HashChainingEventStorageEngine(JpaEventStorageEngine.Builder builder,
                                          TransactionManager transactionManager, SnapshotProofs proofs,
                                          DiscardedSnapshots discarded, IssuedPositions issued, EventRows rows,
                                          ShortStreams shortStreams) {
        super(builder.transactionManager(transactionManager));
        this.transactionManager = transactionManager;
        this.proofs = proofs;
        this.discarded = discarded;
        this.issued = issued;
        this.rows = rows;
        this.shortStreams = shortStreams;
    }

    /**
     * The rows after a token, as Axon reads them (ordered by position), without those beyond the sequence. Those can
     * only be the last rows of the batch, so what is kept is a prefix and the token Axon computes stops before them.
     * The sequence is read after the rows: every row appended by then has a position it covers.
     */
    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken previousToken) {
        List<Object[]> rows = super.fetchEvents(previousToken);
        if (rows.isEmpty()) {
            return rows;
        }
        long highest = issued.highest();
        int kept = 0;
        while (kept < rows.size() && (Long) rows.get(kept)[0] <= highest) {
            kept++;
        }
        if (kept < rows.size()) {
            withheld((Long) rows.get(kept)[0], (String) rows.get(kept)[4], highest);
            return rows.subList(0, kept);
        }
        return rows;
    }

    private void withheld(long position, String eventIdentifier, long highest) {
        if (lastWithheld != position) {
            lastWithheld = position;
            log.error("Event {} is stored at global position {}, beyond the {} the event store's sequence has issued: "
                    + "its position was written by hand. Streaming processors wait before it until it is put back "
                    + "(see GET /api/v1/oversight/integrity).", eventIdentifier, position, highest);
        }
    }

    /** A processor starting at the head starts at the real one, not at a position written by hand. */
    @Override
    public TrackingToken createHeadToken() {
        return withinIssued(super.createHeadToken());
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return withinIssued(super.createTokenAt(dateTime));
    }

    private TrackingToken withinIssued(TrackingToken token) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            long highest = issued.highest();
            if (gapAware.getIndex() > highest) {
                return GapAwareTrackingToken.newInstance(highest, Collections.emptySortedSet());
            }
        }
        return token;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            try {
                Map<String, String> lastHashes = new HashMap<>();
                List<DomainEventEntry> entries = new ArrayList<>(events.size());
                for (EventMessage<?> event : events) {
                    DomainEventMessage<?> domainEvent = asDomainEventMessage(event);
                    entries.add(chained(domainEvent, serializer, lastHashes));
                    StreamsWritten.appended(domainEvent.getAggregateIdentifier());
                    shortStreams.appended(domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber());
                }
                // what the transaction changed through JPA before, written first as the JPA engine's flush did
                entityManager().flush();
                rows.insert(entries);
            } catch (Exception e) {
                handlePersistenceException(e, events.get(0));
            }
        });
    }

    private DomainEventEntry chained(DomainEventMessage<?> event, Serializer serializer,
                                     Map<String, String> lastHashes) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        byte[] storedMetaData = event.serializeMetaData(serializer, byte[].class).getData();
        ChainedEvent.requireHashedMetaData(StoredMetaData.keys(storedMetaData));
        Map<String, String> metaData = StoredMetaData.read(storedMetaData);
        String timeStamp = DateTimeUtils.formatInstant(event.getTimestamp());
        String hash = ChainedEvent.of(previousHash(event, lastHashes), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getType(), event.getIdentifier(), timeStamp,
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(), metaData).hash();
        lastHashes.put(event.getAggregateIdentifier(), hash);

        DomainEventEntry entry = new DomainEventEntry(event.andMetaData(MetaData.with(ChainedEvent.HASH, hash)),
                serializer);
        requireHashedAsStored(entry, payload);
        return entry;
    }

    /** The previous event of the same batch, else the stored one; none for the first event of a stream. */
    private String previousHash(DomainEventMessage<?> event, Map<String, String> lastHashes) {
        if (event.getSequenceNumber() == 0) {
            return null;
        }
        String inBatch = lastHashes.get(event.getAggregateIdentifier());
        if (inBatch != null) {
            return inBatch;
        }
        return storedHash(event.getAggregateIdentifier(), event.getSequenceNumber() - 1);
    }

    /** A stream's events as a command loads its aggregate; the last one's hash is what its next event chains to. */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber, int batchSize) {
        List<? extends DomainEventData<?>> batch = super.fetchDomainEvents(aggregateIdentifier, firstSequenceNumber,
                batchSize);
        LoadedStreamEnds.read(aggregateIdentifier, batch);
        shortStreams.loaded(aggregateIdentifier, firstSequenceNumber, batch);
        return batch;
    }

    /** The hash stored with an event; null if there is no such event or it carries none. */
    private String storedHash(String aggregateIdentifier, long sequenceNumber) {
        byte[] loaded = LoadedStreamEnds.metaData(aggregateIdentifier, sequenceNumber);
        if (loaded != null) {
            return StoredMetaData.read(loaded).get(ChainedEvent.HASH);
        }
        List<byte[]> stored = entityManager().createQuery("select e.metaData from " + domainEventEntryEntityName()
                        + " e where e.aggregateIdentifier = :id and e.sequenceNumber = :sequence", byte[].class)
                .setParameter("id", aggregateIdentifier)
                .setParameter("sequence", sequenceNumber)
                .getResultList();
        return stored.isEmpty() ? null : StoredMetaData.read(stored.get(0)).get(ChainedEvent.HASH);
    }

    /** Called by Axon inside the transaction that stores the snapshot, after the event it follows is committed. */
    @Override
    protected Object createSnapshotEntity(DomainEventMessage<?> snapshot, Serializer serializer) {
        shortStreams.snapshotTaken(snapshot.getAggregateIdentifier());
        SerializedObject<byte[]> payload = snapshot.serializePayload(serializer, byte[].class);
        String eventHash = storedHash(snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber());
        if (eventHash == null) {
            throw new IllegalStateException("no hashed event " + snapshot.getSequenceNumber() + " of "
                    + snapshot.getAggregateIdentifier() + " to prove its snapshot against");
        }
        StoredSnapshot columns = new StoredSnapshot(snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber(),
                snapshot.getType(), snapshot.getIdentifier(), payload.getType().getName(),
                payload.getType().getRevision(), payload.getData(), null);
        // Only the proof: a snapshot taken after a command would otherwise carry that command's correlation data,
        // which says nothing about the snapshot and which the proof would not cover.
        SnapshotEventEntry entry = new SnapshotEventEntry(snapshot.withMetaData(proofs.proofOf(columns, eventHash)),
                serializer);
        if (!Arrays.equals(entry.getPayload().getData(), payload.getData())) {
            throw new IllegalStateException("snapshot " + entry.getEventIdentifier()
                    + " would be stored differently from what was proven");
        }
        return entry;
    }

    /**
     * Only snapshots proven against the chain; Axon then loads the aggregate from the events after the one used. A
     * stream known too short for a snapshot is not asked about ({@link ShortStreams}).
     */
    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        if (shortStreams.cannotHaveSnapshot(aggregateIdentifier)) {
            return Stream.empty();
        }
        return transactionManager.fetchInTransaction(() -> LatestSnapshots.of(entityManager(),
                        snapshotEventEntryEntityName(), domainEventEntryEntityName(), aggregateIdentifier))
                .filter(this::proven).map(LatestSnapshots.WithEventHash::snapshot).stream();
    }

    /** A proven snapshot's event is the head an append chains to if no event follows it ({@link LoadedStreamEnds}). */
    private boolean proven(LatestSnapshots.WithEventHash latest) {
        StoredSnapshot snapshot = StoredSnapshot.of(latest.snapshot());
        SnapshotVerdict verdict = proofs.verify(snapshot, latest.eventHash());
        if (verdict.mismatch()) {
            discarded.discarded(snapshot, verdict.detail());
        }
        if (verdict.proven()) {
            LoadedStreamEnds.read(snapshot.aggregateIdentifier(), snapshot.sequenceNumber(), latest.eventMetaData());
        }
        return verdict.proven();
    }

    /** Serialization is deterministic; this makes sure the hash covers the very bytes that are stored. */
    private static void requireHashedAsStored(DomainEventEntry entry, SerializedObject<byte[]> payload) {
        if (!Arrays.equals(entry.getPayload().getData(), payload.getData())) {
            throw new IllegalStateException("event " + entry.getEventIdentifier()
                    + " would be stored differently from what was hashed");
        }
    }
}
