package cn.haztrail.shared.axon;

import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds an aggregate's lock until the database transaction that wrote to it has ended. Axon releases the lock when the
 * command's unit of work ends; but a step that spans several aggregates ({@link RetryingTransaction}) commits its
 * transaction only after its last command, so another thread could load the aggregate without the first step's
 * uncommitted events, append at the same sequence number and fail at the unique index: a {@link
 * org.axonframework.modelling.command.ConcurrencyException} and the whole step again. Held to the end of the
 * transaction, the lock makes the second thread wait instead. An imminent deadlock between two such steps is detected
 * by Axon's lock ({@link org.axonframework.common.lock.DeadlockException}) and the step is repeated
 * ({@link ConcurrencyConflicts}). Across nodes the unique index still decides.
 */
@Component(TransactionScopedLockFactory.BEAN)
public class TransactionScopedLockFactory implements LockFactory {

    /** The bean name {@code @Aggregate(lockFactory = ...)} refers to. */
    public static final String BEAN = "transactionScopedLockFactory";

    private final LockFactory locks = PessimisticLockFactory.usingDefaults();

    @Override
    public Lock obtainLock(String identifier) {
        Lock lock = locks.obtainLock(identifier);
        return new Lock() {
            @Override
            public void release() {
                if (TransactionSynchronizationManager.isSynchronizationActive()) {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            lock.release();
                        }
                    });
                } else {
                    lock.release();
                }
            }

            @Override
            public boolean isHeld() {
                return lock.isHeld();
            }
        };
    }
}
