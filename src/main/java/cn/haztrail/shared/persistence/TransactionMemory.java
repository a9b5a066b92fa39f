package cn.haztrail.shared.persistence;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.function.Supplier;

/**
 * What the current database transaction remembers under a key, forgotten when it ends: for facts that may be read
 * once per transaction instead of once per question, and must be read afresh by the next one.
 */
public final class TransactionMemory {

    private TransactionMemory() {
    }

    /** @return what is kept under {@code key}, made by {@code create} at the first call; null outside a transaction */
    @SuppressWarnings("unchecked")
    public static <T> T of(Object key, Supplier<T> create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        T kept = (T) TransactionSynchronizationManager.getResource(key);
        if (kept == null) {
            kept = create.get();
            TransactionSynchronizationManager.bindResource(key, kept);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return kept;
    }

    /** @return what is kept under {@code key}, or null when nothing is (or outside a transaction); makes nothing */
    @SuppressWarnings("unchecked")
    public static <T> T peek(Object key) {
        return (T) TransactionSynchronizationManager.getResource(key);
    }
}
