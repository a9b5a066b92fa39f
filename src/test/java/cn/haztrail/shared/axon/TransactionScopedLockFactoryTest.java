package cn.haztrail.shared.axon;

import cn.haztrail.registry.api.CheckCarrier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.lock.Lock;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command's unit of work ends before the transaction of the step it belongs to: the lock of a stream it appended to
 * must outlive the unit of work, or another thread loads the stream without the uncommitted events.
 */
class TransactionScopedLockFactoryTest {

    private final TransactionScopedLockFactory locks = new TransactionScopedLockFactory();

    @BeforeEach
    void beginTransaction() {
        TransactionSynchronizationManager.initSynchronization();
    }

    @AfterEach
    void forgetTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.unbindResourceIfPossible(StreamsWritten.class);
    }

    @Test
    void a_stream_written_in_a_transaction_stays_locked_until_the_transaction_ends() throws Exception {
        Lock lock = locks.obtainLock("manifest-1");
        StreamsWritten.appended("manifest-1");
        lock.release();

        CompletableFuture<Void> other = anotherThreadLocks("manifest-1");
        Thread.sleep(300);
        assertThat(other).as("the other thread waits for the transaction").isNotDone();

        endTransaction();
        other.get(1, TimeUnit.MINUTES);
    }

    @Test
    void a_stream_only_read_is_released_when_its_command_ends() throws Exception {
        Lock lock = locks.obtainLock("receiver-1");
        StreamsWritten.appended("manifest-1");
        lock.release();

        anotherThreadLocks("receiver-1").get(1, TimeUnit.MINUTES);
    }

    @Test
    void a_question_that_stores_nothing_does_not_wait_for_a_writer_of_its_stream() throws Exception {
        Lock lock = locks.obtainLock("carrier-1");
        StreamsWritten.appended("carrier-1");
        lock.release();

        CompletableFuture.runAsync(() -> {
            var question = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(
                    new CheckCarrier(UUID.randomUUID(), "赣H12345", LocalDate.of(2026, 11, 24))));
            try {
                locks.obtainLock("carrier-1").release();
            } finally {
                question.commit();
            }
        }).get(1, TimeUnit.MINUTES);
        assertThat(anotherThreadLocks("carrier-1")).as("a writer still waits").isNotDone();
        endTransaction();
    }

    @Test
    void an_aggregate_loaded_in_a_unit_of_work_without_a_message_is_locked_as_usual() throws Exception {
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            Lock lock = locks.obtainLock("enterprise-1");
            StreamsWritten.appended("enterprise-1");
            lock.release();

            CompletableFuture<Void> other = anotherThreadLocks("enterprise-1");
            Thread.sleep(300);
            assertThat(other).isNotDone();
            endTransaction();
            other.get(1, TimeUnit.MINUTES);
        } finally {
            unitOfWork.rollback();
        }
    }

    @Test
    void outside_a_transaction_the_lock_is_released_at_once() throws Exception {
        TransactionSynchronizationManager.clearSynchronization();
        Lock lock = locks.obtainLock("batch-1");
        StreamsWritten.appended("batch-1");
        lock.release();

        anotherThreadLocks("batch-1").get(1, TimeUnit.MINUTES);
    }

    private CompletableFuture<Void> anotherThreadLocks(String stream) {
        return CompletableFuture.runAsync(() -> locks.obtainLock(stream).release());
    }

    private static void endTransaction() {
        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations,
                TransactionSynchronization.STATUS_COMMITTED);
    }
}
