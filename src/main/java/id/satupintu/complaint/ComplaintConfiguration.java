package id.satupintu.complaint;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workflow's beans and its recurring deadline check. db-scheduler keeps the task as one row of
 * {@code scheduled_tasks} that an instance must pick (with an optimistic lock) before running it,
 * so with several instances on one database each run happens on exactly one of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplaintProperties.class)
class ComplaintConfiguration {

    static final String DEADLINE_CHECK = "complaint-deadline-check";

    @Bean
    DeadlineRules deadlineRules() {
        return new DeadlineRules(WorkingCalendar.fromClasspath());
    }

    @Bean
    RecurringTask<Void> complaintDeadlineCheck(DeadlineWatch watch, ComplaintProperties properties) {
        return Tasks.recurring(DEADLINE_CHECK, FixedDelay.of(properties.deadlineCheckInterval()))
                .execute((instance, context) -> watch.run());
    }
}
