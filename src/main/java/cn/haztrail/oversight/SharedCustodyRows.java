package cn.haztrail.oversight;

import cn.haztrail.shared.axon.ProcessingBatch;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The rows the oversight processor's segments share: a batch's indicator facts and the rollups, and the custody steps
 * that settle its alerts, are changed by events of different streams, which different segments handle. Work on them
 * waits until the processing batch commits and then runs in the events' order, after the batch has taken the oversight
 * custody lock ({@code indicator_rollup_lock}, kept to the commit). So each segment reads those rows as the one before
 * it committed them, and the segments take turns only for that work: the rest of their batches (reading events, the
 * other alerts, the ledgers) runs side by side. A handler checks what it can without those rows before it hands the
 * work over, so an event it cannot handle is still parked with its sequence.
 * Called directly, outside a processor (a test), the work runs at once: there is no other segment to wait for.
 */
@Component
public class SharedCustodyRows {

    /** The memo that says this processing batch holds the lock, shared with the writers that must hold it. */
    public static final String LOCKED = "oversight-custody-lock";

    private final JdbcTemplate jdbc;

    public SharedCustodyRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code work} just before the processing batch commits, in order with the batch's other such work. */
    public void change(Runnable work) {
        if (!CurrentUnitOfWork.isStarted()) {
            work.run();
            return;
        }
        ProcessingBatch.writeBeforeCommit("oversight-shared-custody-work", work, this::runLocked);
    }

    /** Takes the lock once per processing batch; it is released when the batch commits or rolls back. */
    public void lock() {
        Map<String, Boolean> locked = ProcessingBatch.memo(LOCKED);
        if (locked.putIfAbsent("locked", Boolean.TRUE) == null) {
            jdbc.queryForList("select id from indicator_rollup_lock where id = 1 for update", Integer.class);
        }
    }

    private void runLocked(List<Runnable> works) {
        lock();
        works.forEach(Runnable::run);
    }
}
