package id.satupintu.channel.telegram;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application with Telegram on in webhook mode against {@link TelegramBotApi}, the
 * {@link EchoHandler} as conversation, short inbox windows and retries: one cached context for
 * every Telegram test. Long polling tests start the polling bean themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "satupintu.telegram.bot-token=" + TelegramBotApi.TOKEN,
        "satupintu.telegram.webhook-secret=" + TelegramTest.SECRET,
        "satupintu.telegram.public-base-url=" + TelegramTest.PUBLIC_BASE_URL,
        "satupintu.messaging.inbox.batch-window=200ms",
        "satupintu.messaging.inbox.first-retry=100ms",
        "satupintu.messaging.outbox.first-retry=200ms",
        "satupintu.messaging.recovery-interval=5s",
        "db-scheduler.polling-interval=100ms",
        "db-scheduler.enabled=true"
})
@ContextConfiguration(initializers = TelegramTestContext.class)
@Import(EchoHandler.class)
public @interface TelegramTest {

    String SECRET = "test-webhook-secret_42";
    String PUBLIC_BASE_URL = "https://satupintu.example.test";
}
