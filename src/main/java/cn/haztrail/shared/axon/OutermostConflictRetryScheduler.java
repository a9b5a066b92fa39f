package cn.haztrail.shared.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/**
 * Lets the command gateway retry a command that collided with a concurrent write ({@link ConcurrencyConflicts}),
 * but only a command sent on its own: one sent inside a surrounding transaction or unit of work has doomed it, and
 * only the owner of that transaction can repeat the whole ({@link RetryingTransaction}).
 */
class OutermostConflictRetryScheduler implements RetryScheduler {

    private final RetryScheduler delegate;

    OutermostConflictRetryScheduler(RetryScheduler delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures,
                                 Runnable commandDispatch) {
        return ConcurrencyConflicts.isConflict(lastFailure)
                && !TransactionSynchronizationManager.isActualTransactionActive()
                && !CurrentUnitOfWork.isStarted()
                && delegate.scheduleRetry(commandMessage, lastFailure, failures, commandDispatch);
    }
}
