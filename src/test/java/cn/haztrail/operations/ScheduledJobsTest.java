package cn.haztrail.operations;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.TaskScheduler;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled jobs share one scheduler. Found: it had one thread, so a long alert check on a large city held back
 * every other job, the webhook deliveries due every second among them.
 */
@IntegrationTest
class ScheduledJobsTest {

    @Autowired
    TaskScheduler scheduler;

    @Test
    void a_scheduled_job_that_runs_long_does_not_hold_the_others_back() throws Exception {
        CountDownLatch longJobRunning = new CountDownLatch(1);
        CountDownLatch releaseLongJob = new CountDownLatch(1);
        CountDownLatch otherJobRan = new CountDownLatch(1);
        scheduler.schedule(() -> {
            longJobRunning.countDown();
            awaitQuietly(releaseLongJob);
        }, Instant.now());
        try {
            assertThat(longJobRunning.await(2, TimeUnit.MINUTES)).as("the long job started").isTrue();

            scheduler.schedule(otherJobRan::countDown, Instant.now());

            assertThat(otherJobRan.await(1, TimeUnit.MINUTES)).as("another job ran meanwhile").isTrue();
        } finally {
            releaseLongJob.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
