package cn.haztrail.oversight.integrity;

import cn.haztrail.shared.axon.AuditMetadata;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.Instant;

/**
 * The periodic seal, as a db-scheduler recurring task: persisted in {@code scheduled_tasks}, so with several nodes
 * one of them takes each seal, and a seal that fell due while HazTrail was down is taken at the next start.
 */
@Configuration(proxyBeanMethods = false)
class SealSchedule {

    static final String TASK = "integrity-seal";

    @Bean
    RecurringTask<Void> integritySealTask(IntegrityProperties properties, Seals seals) {
        return Tasks.recurring(TASK, new EveryInterval(properties.sealInterval()))
                .execute((instance, context) -> seals.seal(AuditMetadata.SYSTEM_ACCOUNT, null));
    }

    /** Like db-scheduler's FixedDelay, but the first seal too comes one interval after the first start. */
    record EveryInterval(Duration interval) implements Schedule {

        @Override
        public Instant getNextExecutionTime(ExecutionComplete executionComplete) {
            return executionComplete.getTimeDone().plus(interval);
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }
    }
}
