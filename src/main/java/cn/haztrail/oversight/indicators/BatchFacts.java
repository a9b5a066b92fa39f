package cn.haztrail.oversight.indicators;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.manifest.api.ManifestReceived;
import cn.haztrail.shared.axon.ProcessingBatch;
import jakarta.persistence.EntityManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The facts the projection changes, looked up once per processing batch: the first lookup loads the facts of every
 * batch the processing batch's events name in one query, so a replay makes no query per event; new and changed facts
 * go out in JDBC batches when the transaction flushes. Read and changed only as the processing batch commits, under
 * the oversight custody lock ({@link cn.haztrail.oversight.SharedCustodyRows}): a batch's row is changed by events of
 * different streams, which different segments handle, so each reads the rows as the one before it committed them (no
 * lost change, no duplicate row when two segments meet a batch first at once).
 */
@Component
class BatchFacts {

    private static final int JDBC_BATCH = 100;
    private static final String MEMO = "oversight-batch-facts";

    private final BatchFactRepository facts;
    private final EntityManager entityManager;

    BatchFacts(BatchFactRepository facts, EntityManager entityManager) {
        this.facts = facts;
        this.entityManager = entityManager;
    }

    /** The batch's facts, or a new row that holds none yet (saved with the transaction). */
    BatchFact findOrCreate(UUID batchId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return facts.findById(batchId).orElseGet(() -> facts.save(new BatchFact(batchId)));
        }
        Map<UUID, Optional<BatchFact>> known = ProcessingBatch.memo(MEMO);
        if (!known.containsKey(batchId)) {
            load(batchId, known);
        }
        BatchFact fact = known.get(batchId).orElseGet(() -> facts.save(new BatchFact(batchId)));
        known.put(batchId, Optional.of(fact));
        return fact;
    }

    /** The batch's facts if any event about it was handled; creates no row. */
    Optional<BatchFact> find(UUID batchId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return facts.findById(batchId);
        }
        Map<UUID, Optional<BatchFact>> known = ProcessingBatch.memo(MEMO);
        if (!known.containsKey(batchId)) {
            load(batchId, known);
        }
        return known.get(batchId);
    }

    void deleteAll() {
        facts.deleteAllInBatch();
    }

    private void load(UUID batchId, Map<UUID, Optional<BatchFact>> known) {
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        Set<UUID> ids = new HashSet<>(batchesNamed());
        ids.add(batchId);
        ids.removeAll(known.keySet());
        ids.forEach(id -> known.put(id, Optional.empty()));
        facts.findAllById(ids).forEach(fact -> known.put(fact.batchId(), Optional.of(fact)));
    }

    /** The batches the processing batch's events name, reading only the events the facts handle. */
    private static List<UUID> batchesNamed() {
        List<UUID> named = new ArrayList<>(ProcessingBatch.named(BatchRegistered.class, BatchRegistered::batchId));
        named.addAll(ProcessingBatch.named(BatchDisposed.class, BatchDisposed::batchId));
        ProcessingBatch.named(ManifestReceived.class, ManifestReceived::lines)
                .forEach(lines -> lines.forEach(line -> named.add(line.batchId())));
        ProcessingBatch.named(BatchRepacked.class, event -> event).forEach(event -> {
            named.add(event.batchId());
            event.sources().forEach(source -> named.add(source.batchId()));
        });
        return named;
    }
}
