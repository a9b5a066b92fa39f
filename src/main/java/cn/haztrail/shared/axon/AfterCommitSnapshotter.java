package cn.haztrail.shared.axon;

import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Axon's Spring snapshotter, taking each snapshot on a thread of its own, in a transaction of its own, once the
 * transaction that loaded the aggregate has committed. Axon would take it in that transaction when a command runs
 * inside a wider one (a disposal with its licence check): then two nodes storing the same snapshot collide on its
 * key, and although Axon ignores that failure, it has marked the command's transaction rollback-only, so the user's
 * command is lost. A snapshot is only a cache of what the events say: one that fails is logged and retaken at a
 * later load, and no event ever depends on it.
 */
public class AfterCommitSnapshotter extends SpringAggregateSnapshotter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AfterCommitSnapshotter.class);
    private static final int QUEUED_SNAPSHOTS = 1_000;
    private static final int SECONDS_TO_FINISH_AT_SHUTDOWN = 30;

    private final ThreadPoolExecutor executor;

    public static AfterCommitSnapshotter build(Builder builder) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED_SNAPSHOTS), runnable -> {
                    Thread thread = new Thread(runnable, "snapshotter");
                    thread.setDaemon(true);
                    return thread;
                });
        return new AfterCommitSnapshotter(builder.executor(executor), executor);
    }

    private AfterCommitSnapshotter(Builder builder, ThreadPoolExecutor executor) {
        super(builder);
        this.executor = executor;
    }

    @Override
    public void scheduleSnapshot(Class<?> aggregateType, String aggregateIdentifier) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    schedule(aggregateType, aggregateIdentifier);
                }
            });
        } else {
            schedule(aggregateType, aggregateIdentifier);
        }
    }

    /** No snapshot is being taken or waiting to be: what a test that edits the snapshot table waits for. */
    public boolean idle() {
        return executor.getActiveCount() == 0 && executor.getQueue().isEmpty();
    }

    /** Never fails its caller: the command that triggered it has committed, or commits without it. */
    private void schedule(Class<?> aggregateType, String aggregateIdentifier) {
        try {
            super.scheduleSnapshot(aggregateType, aggregateIdentifier);
        } catch (RuntimeException e) {
            log.info("No snapshot of {} {} now ({}); a later load takes it", aggregateType.getSimpleName(),
                    aggregateIdentifier, e.toString());
        }
    }

    /**
     * At shutdown the snapshot being taken is finished while the database is still open (this bean is destroyed
     * before the event store it uses); the queued ones are dropped, since the next start takes them again.
     */
    @Override
    public void destroy() throws InterruptedException {
        executor.getQueue().clear();
        executor.shutdown();
        if (!executor.awaitTermination(SECONDS_TO_FINISH_AT_SHUTDOWN, TimeUnit.SECONDS)) {
            log.warn("A snapshot was still being taken at shutdown; it is abandoned and retaken later");
        }
    }
}
