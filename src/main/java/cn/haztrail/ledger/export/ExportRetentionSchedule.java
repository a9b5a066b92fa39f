package cn.haztrail.ledger.export;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** Deletes expired export files every hour, as a db-scheduler task: one node at a time does it. */
@Configuration(proxyBeanMethods = false)
class ExportRetentionSchedule {

    static final String TASK = "ledger-export-retention";

    @Bean
    RecurringTask<Void> ledgerExportRetentionTask(ExportRetention retention) {
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> retention.deleteExpired());
    }
}
