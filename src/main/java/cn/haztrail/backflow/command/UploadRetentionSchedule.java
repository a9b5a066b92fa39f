package cn.haztrail.backflow.command;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** Deletes expired backflow uploads every hour, as a db-scheduler task: one node at a time does it. */
@Configuration(proxyBeanMethods = false)
class UploadRetentionSchedule {

    static final String TASK = "backflow-upload-retention";

    @Bean
    RecurringTask<Void> backflowUploadRetentionTask(UploadRetention retention) {
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> retention.deleteExpired());
    }
}
