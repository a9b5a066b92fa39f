package cn.haztrail.shared.axon;

import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How long an aggregate stays locked in this JVM. Axon releases the lock when the command's unit of work ends; but a
 * step that spans several aggregates ({@link RetryingTransaction}) commits its transaction only after its last
 * command, so another thread could load the aggregate without the first step's uncommitted events, append at the same
 * sequence number and fail at the unique index: a {@link org.axonframework.modelling.command.ConcurrencyException}
 * and the whole step again. So the lock of a stream the transaction appended to is held until the transaction has
 * ended, and the second thread waits instead. A stream only read is released when its command ends, and a command
 * that {@link StoresNothing} takes no lock at all: waiting for it would queue every submission and disposal at a busy
 * receiver behind its receipts. An imminent deadlock between two steps is detected by Axon's lock ({@link
 * org.axonframework.common.lock.DeadlockException}) and the step is repeated ({@link ConcurrencyConflicts}). Across
 * nodes the unique index still decides.
 */
@Component(TransactionScopedLockFactory.BEAN)
public class TransactionScopedLockFactory implements LockFactory {

    /** The bean name {@code @Aggregate(lockFactory = ...)} refers to. */
    public static final String BEAN = "transactionScopedLockFactory";

    private static final Lock NOT_LOCKED = new Lock() {
        @Override
        public void release() {
        }

        @Override
        public boolean isHeld() {
            return true;
        }
    };

    private final LockFactory locks = PessimisticLockFactory.usingDefaults();

    @Override
    public Lock obtainLock(String identifier) {
        if (isQuestion()) {
            return NOT_LOCKED;
        }
        Lock lock = locks.obtainLock(identifier);
        return new Lock() {
            @Override
            public void release() {
                if (StreamsWritten.inCurrentTransaction(identifier)) {
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

    /** A unit of work may carry no message (an aggregate loaded outside command handling). */
    private static boolean isQuestion() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getMessage() != null
                && CurrentUnitOfWork.get().getMessage().getPayload() instanceof StoresNothing;
    }
}
