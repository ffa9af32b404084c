package id.satupintu.channel;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application with a scripted handler and sender at the two boundaries of the messaging core,
 * short windows and retries; one cached context shared by every messaging test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "satupintu.messaging.inbox.batch-window=300ms",
        "satupintu.messaging.inbox.max-attempts=3",
        "satupintu.messaging.inbox.first-retry=100ms",
        "satupintu.messaging.outbox.max-attempts=3",
        "satupintu.messaging.outbox.first-retry=100ms",
        "satupintu.messaging.rate-limits.telegram.per-recipient=200ms",
        "satupintu.messaging.rate-limits.sms.per-second=5",
        "satupintu.messaging.recovery-interval=2s",
        "db-scheduler.polling-interval=100ms"
})
@Import({ScriptedInboundHandler.class, ScriptedChannelSender.class})
public @interface MessagingTest {
}
