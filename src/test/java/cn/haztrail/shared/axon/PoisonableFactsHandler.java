package cn.haztrail.shared.axon;

import cn.haztrail.batch.api.BatchDisposed;
import cn.haztrail.batch.api.BatchRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test-only handler in the dead-lettering group oversight (with the facts projection) that fails for the batches of one poisoned
 * quantity, standing in for a projection bug that one event's data triggers. Harmless while nothing is poisoned.
 */
@Component
@ProcessingGroup("oversight")
class PoisonableFactsHandler {

    static volatile BigDecimal poisonedKg;
    static final List<String> handled = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(BatchRegistered event) {
        if (poisonedKg != null && poisonedKg.compareTo(event.quantity().value()) == 0) {
            throw new IllegalStateException("poisoned batch " + event.batchId());
        }
        handled.add(entry(event.batchId(), "registered"));
    }

    @EventHandler
    void on(BatchDisposed event) {
        handled.add(entry(event.batchId(), "disposed"));
    }

    static String entry(UUID batchId, String what) {
        return batchId + " " + what;
    }
}
