package cn.haztrail.shared.axon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs a write that spans several aggregates in one transaction and, when it collides with a concurrent write to
 * one of them, runs it again whole in a fresh transaction. Retrying only the failed command would be wrong: its
 * failure has already doomed the surrounding transaction (on PostgreSQL every later statement fails), so the unit
 * that can be repeated is the transaction. Commands sent inside it are not retried by the gateway
 * ({@link OutermostConflictRetryScheduler}).
 */
@Component
public class RetryingTransaction {

    private static final Logger log = LoggerFactory.getLogger(RetryingTransaction.class);

    private final TransactionTemplate transaction;
    private final RetryTemplate retry;

    public RetryingTransaction(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .predicate(ConcurrencyConflicts::isConflict)
                .maxRetries(ConcurrencyConflicts.MAX_RETRIES)
                .delay(Duration.ofMillis(ConcurrencyConflicts.FIRST_DELAY_MILLIS))
                .multiplier(2)
                .jitter(Duration.ofMillis(ConcurrencyConflicts.FIRST_DELAY_MILLIS / 2))
                .build());
        this.retry.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> retryable) {
                log.info("A write collided with a concurrent write to the same stream; repeating its transaction");
            }
        });
    }

    /** Inside a surrounding transaction the work joins it and the owner of that transaction decides on retries. */
    public <T> T execute(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return transaction.execute(status -> work.get());
        }
        return retry.invoke(() -> transaction.execute(status -> work.get()));
    }
}
