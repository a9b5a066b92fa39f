package cn.haztrail.catalogue.calendar;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The calendar check as a db-scheduler recurring task: one node runs it at a time, first at start, then every
 * {@code haztrail.calendar.check-interval} (default one hour).
 */
@Configuration(proxyBeanMethods = false)
class CalendarWatchSchedule {

    static final String TASK = "calendar-check";

    @Bean
    RecurringTask<Void> calendarCheckTask(@Value("${haztrail.calendar.check-interval:PT1H}") Duration interval,
                                          CalendarWatch watch) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> watch.run());
    }
}
