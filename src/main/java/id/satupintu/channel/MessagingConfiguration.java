package id.satupintu.channel;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import java.time.Duration;

/**
 * The db-scheduler tasks behind the inbox and the outbox. An instance registers the inbox task only
 * when it has an {@link InboundHandler}, and the outbox task only when it has a {@link ChannelSender}:
 * db-scheduler leaves executions of tasks an instance does not know to the instances that do.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

    static final String INBOX_TASK = "inbox-process";
    static final String OUTBOX_TASK = "outbox-deliver";
    /** Only database trouble reaches db-scheduler's failure handling; handler and provider errors are dealt with before. */
    private static final Duration RETRY_AFTER_DATABASE_ERROR = Duration.ofSeconds(10);

    @Bean
    AddressTasks inboxTasks(JdbcClient jdbc, TransactionOperations transactions, ObjectProvider<Scheduler> scheduler) {
        return new AddressTasks(INBOX_TASK, AddressLock.INBOX_SCHEDULING, jdbc, transactions, scheduler);
    }

    @Bean
    AddressTasks outboxTasks(JdbcClient jdbc, TransactionOperations transactions, ObjectProvider<Scheduler> scheduler) {
        return new AddressTasks(OUTBOX_TASK, AddressLock.OUTBOX_SCHEDULING, jdbc, transactions, scheduler);
    }

    /** Null (no bean) without a handler: the messages stay pending for an instance that has one. */
    @Bean
    Task<String> inboxTask(InboxProcessing processing, AddressTasks inboxTasks) {
        if (!processing.hasHandler()) {
            log.warn("No InboundHandler is deployed: inbound messages are stored and stay pending until one is");
            return null;
        }
        return Tasks.custom(inboxTasks.descriptor())
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER_DATABASE_ERROR))
                .onDeadExecutionRevive()
                .execute(processing::execute);
    }

    /** Null (no bean) without senders: queued messages wait for an instance that can send them. */
    @Bean
    Task<String> outboxTask(OutboxDelivery delivery, ChannelSenders senders, AddressTasks outboxTasks) {
        if (senders.isEmpty()) {
            return null;
        }
        log.info("Delivering outbound messages on {}", senders.channels());
        return Tasks.custom(outboxTasks.descriptor())
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER_DATABASE_ERROR))
                .onDeadExecutionRevive()
                .execute(delivery::execute);
    }

    @Bean
    Task<Void> messagingRecoveryTask(MessagingRecovery recovery, MessagingProperties properties) {
        return Tasks.recurring("messaging-recovery", FixedDelay.of(properties.recoveryInterval()))
                .execute((instance, context) -> recovery.run());
    }
}
