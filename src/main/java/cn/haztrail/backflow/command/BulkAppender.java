package cn.haztrail.backflow.command;

import cn.haztrail.shared.axon.AuditMetadata;
import cn.haztrail.shared.imports.ImportedEventWriter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The bulk path (issue 17): a chunk's events published through the event store in one unit of work, so they are
 * stored by the hash-chaining engine with their audit metadata, in the caller's transaction. The subscribing groups
 * that have a set-based path ({@link ImportedEventWriter}: command-side lookup tables, parties' views) skip them and
 * are written for the whole chunk at once; the other subscribing handlers get them one by one as native events.
 * Sequence numbers follow the stream's last stored event; a stream begun in this chunk starts at 0.
 */
final class BulkAppender {

    private final EventStore eventStore;
    private final List<ImportedEventWriter> writers;
    private final Map<String, Object> audit;
    private final Set<UUID> begun = new HashSet<>();
    private final List<Added> added = new ArrayList<>();

    /** @param audit who imports (account and role), as the metadata of every event the job stores */
    BulkAppender(EventStore eventStore, List<ImportedEventWriter> writers, Map<String, Object> audit) {
        this.eventStore = eventStore;
        this.writers = writers;
        this.audit = audit;
    }

    /** A stream this chunk begins: its first event is number 0, without asking the store. */
    void begins(UUID aggregateId) {
        begun.add(aggregateId);
    }

    void add(PlannedEvent event, String sourceSystem, String sourceRecordId, UUID jobId, Instant recordedAt) {
        Map<String, Object> metaData = new HashMap<>(audit);
        metaData.put(AuditMetadata.BUSINESS_TIME, event.businessTime().toString());
        metaData.put(AuditMetadata.SOURCE_SYSTEM, sourceSystem);
        metaData.put(AuditMetadata.SOURCE_RECORD_ID, sourceRecordId);
        metaData.put(AuditMetadata.IMPORT_JOB_ID, jobId.toString());
        added.add(new Added(event, MetaData.from(metaData), recordedAt));
    }

    /**
     * Stores every event added, runs the subscribing handlers and the set-based writers, in the caller's transaction.
     * A stored stream's next number is read here, when the chunk has its turn, so a process's command that appended
     * to it while the chunk was checking is counted.
     */
    void publish() {
        if (added.isEmpty()) {
            return;
        }
        Map<UUID, Long> nextSequence = new HashMap<>();
        List<DomainEventMessage<?>> messages = new ArrayList<>(added.size());
        for (Added each : added) {
            UUID aggregateId = each.event().aggregateId();
            long sequence = nextSequence.computeIfAbsent(aggregateId, id -> begun.contains(id) ? 0L
                    : eventStore.lastSequenceNumberFor(id.toString()).map(last -> last + 1).orElse(0L));
            nextSequence.put(aggregateId, sequence + 1);
            messages.add(new GenericDomainEventMessage<>(each.event().aggregateType(), aggregateId.toString(),
                    sequence, each.event().payload(), each.metaData(), UUID.randomUUID().toString(),
                    each.recordedAt()));
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.execute(() -> eventStore.publish(messages));
        for (ImportedEventWriter writer : writers) {
            writer.write(messages);
        }
    }

    private record Added(PlannedEvent event, MetaData metaData, Instant recordedAt) {
    }
}
