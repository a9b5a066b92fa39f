package cn.haztrail.batch.custody;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.springframework.stereotype.Component;

/**
 * The producer's storage clock of a batch (R09): the batch schedules its limit when it is registered; when a return
 * manifest brings it back to storage, the clock runs again towards the same limit. The deadline is the batch's own
 * (handled by WasteBatch, which decides from {@link CustodyBook} whether the batch is still at its producer).
 */
@Component
public class StorageClock {

    /** The deadline's name, as WasteBatch handles it. */
    public static final String STORAGE_LIMIT = "storage-limit";
    private static final String AGGREGATE = "WasteBatch";

    private final DeadlineManager deadlines;

    StorageClock(DeadlineManager deadlines) {
        this.deadlines = deadlines;
    }

    /** Replaces a deadline still pending from before the batch left, so the limit is signalled once. */
    void restart(Custody custody) {
        var scope = new AggregateScopeDescriptor(AGGREGATE, custody.batchId());
        deadlines.cancelAllWithinScope(STORAGE_LIMIT, scope);
        deadlines.schedule(custody.storageLimitAt(), STORAGE_LIMIT, null, scope);
    }
}
