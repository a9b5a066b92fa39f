package cn.haztrail.shared.axon;

import cn.haztrail.shared.persistence.TransactionMemory;

import java.util.HashSet;
import java.util.Set;

/**
 * The event streams the current database transaction has appended to: their locks are held until it ends
 * ({@link TransactionScopedLockFactory}), the locks of streams it only read are not.
 */
public final class StreamsWritten {

    private static final Object KEY = StreamsWritten.class;

    private StreamsWritten() {
    }

    /** Called by the event store for every event it appends; outside a transaction there is nothing to hold. */
    public static void appended(String aggregateId) {
        Set<String> written = TransactionMemory.of(KEY, HashSet::new);
        if (written != null) {
            written.add(aggregateId);
        }
    }

    static boolean inCurrentTransaction(String aggregateId) {
        Set<String> written = TransactionMemory.peek(KEY);
        return written != null && written.contains(aggregateId);
    }
}
