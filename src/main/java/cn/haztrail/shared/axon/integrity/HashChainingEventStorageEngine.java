package cn.haztrail.shared.axon.integrity;

import cn.haztrail.shared.axon.StreamsWritten;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Axon's JPA storage engine that chains every event it appends to the one before it in its stream (R23): the hash of
 * {@link ChainedEvent}, taken over the columns exactly as they are written, goes into the event's metadata under
 * {@link ChainedEvent#HASH}. This is the one place where hashes are made.
 * <p>
 * The previous hash is read from the stored predecessor inside the appending transaction (nothing is cached across
 * transactions, so several nodes may append); events of one batch are chained in memory. Two writers racing for the
 * same sequence number still collide on the unique (aggregate, sequence) index, as without hashing. An event published
 * without an aggregate is stored by Axon as a one-event stream (its own id, sequence 0): it is hashed the same way.
 */
public class HashChainingEventStorageEngine extends JpaEventStorageEngine {

    private final TransactionManager transactionManager;

    public HashChainingEventStorageEngine(JpaEventStorageEngine.Builder builder,
                                          TransactionManager transactionManager) {
        super(builder.transactionManager(transactionManager));
        this.transactionManager = transactionManager;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            try {
                Map<String, String> lastHashes = new HashMap<>();
                for (EventMessage<?> event : events) {
                    DomainEventMessage<?> domainEvent = asDomainEventMessage(event);
                    entityManager().persist(chained(domainEvent, serializer, lastHashes));
                    StreamsWritten.appended(domainEvent.getAggregateIdentifier());
                }
                entityManager().flush();
            } catch (Exception e) {
                handlePersistenceException(e, events.get(0));
            }
        });
    }

    private DomainEventEntry chained(DomainEventMessage<?> event, Serializer serializer,
                                     Map<String, String> lastHashes) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        Map<String, String> metaData = StoredMetaData.read(event.serializeMetaData(serializer, byte[].class).getData());
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
        List<byte[]> stored = entityManager().createQuery("select e.metaData from " + domainEventEntryEntityName()
                        + " e where e.aggregateIdentifier = :id and e.sequenceNumber = :sequence", byte[].class)
                .setParameter("id", event.getAggregateIdentifier())
                .setParameter("sequence", event.getSequenceNumber() - 1)
                .getResultList();
        return stored.isEmpty() ? null : StoredMetaData.read(stored.get(0)).get(ChainedEvent.HASH);
    }

    /** Serialization is deterministic; this makes sure the hash covers the very bytes that are stored. */
    private static void requireHashedAsStored(DomainEventEntry entry, SerializedObject<byte[]> payload) {
        if (!Arrays.equals(entry.getPayload().getData(), payload.getData())) {
            throw new IllegalStateException("event " + entry.getEventIdentifier()
                    + " would be stored differently from what was hashed");
        }
    }
}
