package cn.haztrail.oversight.indicators;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchReceived;
import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.batch.api.BatchReturnedToStorage;
import cn.haztrail.shared.axon.ProcessingBatch;
import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The facts the projection changes, looked up once per processing batch: the first lookup of a batch loads the facts
 * of every batch its events name in one query (and remembers which have none yet), so a replay makes no query per
 * event; new and changed facts go out in JDBC batches when the transaction flushes.
 */
@Component
class BatchFacts {

    private static final int JDBC_BATCH = 100;

    private final BatchFactRepository facts;
    private final EntityManager entityManager;

    BatchFacts(BatchFactRepository facts, EntityManager entityManager) {
        this.facts = facts;
        this.entityManager = entityManager;
    }

    Optional<BatchFact> find(UUID batchId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return facts.findById(batchId);
        }
        Map<UUID, Optional<BatchFact>> known = ProcessingBatch.memo("oversight-batch-facts");
        if (!known.containsKey(batchId)) {
            load(batchId, known);
        }
        return known.get(batchId);
    }

    void add(BatchFact fact) {
        if (CurrentUnitOfWork.isStarted()) {
            ProcessingBatch.<UUID, Optional<BatchFact>>memo("oversight-batch-facts")
                    .put(fact.batchId(), Optional.of(fact));
            entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        }
        facts.save(fact);
    }

    void deleteAll() {
        facts.deleteAllInBatch();
    }

    private void load(UUID batchId, Map<UUID, Optional<BatchFact>> known) {
        Set<UUID> ids = new HashSet<>();
        ids.add(batchId);
        if (CurrentUnitOfWork.get().getMessage() instanceof EventMessage<?> current) {
            for (Message<?> message : ProcessingBatch.messages(current)) {
                UUID named = batchIdOf(message.getPayload());
                if (named != null && !known.containsKey(named)) {
                    ids.add(named);
                }
            }
        }
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        ids.forEach(id -> known.put(id, Optional.empty()));
        facts.findAllById(ids).forEach(fact -> known.put(fact.batchId(), Optional.of(fact)));
    }

    private static UUID batchIdOf(Object payload) {
        if (payload instanceof BatchRegistered event) {
            return event.batchId();
        }
        if (payload instanceof BatchReceived event) {
            return event.batchId();
        }
        if (payload instanceof BatchReturnedToStorage event) {
            return event.batchId();
        }
        return payload instanceof BatchDisposed event ? event.batchId() : null;
    }
}
