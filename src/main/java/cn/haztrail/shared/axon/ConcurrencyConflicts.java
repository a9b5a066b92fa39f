package cn.haztrail.shared.axon;

import org.axonframework.common.lock.DeadlockException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Which failures a write may retry: Axon's {@link ConcurrencyException}, raised when another writer (another node,
 * mostly) appended to the same stream first and the unique (aggregate id, sequence) index refused ours, and a
 * {@link DeadlockException}, raised before anything was written when two steps would wait for each other's
 * aggregates ({@link TransactionScopedLockFactory}). Nothing was stored, and the same command on the fresh stream may
 * succeed or be refused for a domain reason. Never retried: domain refusals ({@code CommandRefused}), a stale
 * If-Match ({@code ConflictingAggregateVersionException}, which is not a ConcurrencyException) and a stream created
 * twice ({@code AggregateStreamCreationException}, neither).
 */
public final class ConcurrencyConflicts {

    /** Attempts after the first; with the back-off below a step gives up after about 1.5 s of contention. */
    static final int MAX_RETRIES = 4;
    static final long FIRST_DELAY_MILLIS = 50;

    private ConcurrencyConflicts() {
    }

    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof DeadlockException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
