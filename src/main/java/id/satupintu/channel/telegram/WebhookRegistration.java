package id.satupintu.channel.telegram;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Registers the webhook (setWebhook with the secret) at every start, as a db-scheduler task: it
 * runs on one instance however many start, in the background so that the start-up never waits
 * for Telegram, and is tried again when Telegram cannot take it now (429 after its retry_after,
 * 5xx and network failures with backoff). A refusal (a 4xx such as a bad URL or token) is logged
 * and not retried: only a change of settings helps.
 */
final class WebhookRegistration {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);
    static final String TASK_NAME = "telegram-register-webhook";
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    private static final Duration MAX_RETRY = Duration.ofMinutes(10);

    private final TelegramClient client;
    private final String url;
    private final String secret;

    WebhookRegistration(TelegramClient client, TelegramProperties properties) {
        this.client = client;
        this.url = properties.webhookUrl();
        this.secret = properties.webhookSecret();
    }

    /** The task's data is the number of failed attempts so far. */
    Task<Integer> task() {
        return Tasks.custom(TASK_NAME, Integer.class)
                .scheduleOnStartup("webhook", 0, Function.identity())
                .onFailure(new FailureHandler.OnFailureRetryLater<>(MAX_RETRY))
                .execute((instance, context) -> register(instance.getData()));
    }

    private CompletionHandler<Integer> register(int failedBefore) {
        try {
            client.execute(SetWebhook.builder().url(url).secretToken(secret).allowedUpdates(BotApi.ALLOWED_UPDATES).build());
            log.info("Telegram: webhook registered at {}", url);
        } catch (TelegramApiException e) {
            if (BotApi.isTemporary(e)) {
                Duration wait = BotApi.retryAfter(e).orElseGet(() -> backoff(failedBefore));
                log.warn("Registering the Telegram webhook failed ({}); trying again in {}", BotApi.describe(e), wait);
                return (complete, operations) -> operations.reschedule(complete, Instant.now().plus(wait), failedBefore + 1);
            }
            log.error("Telegram refused the webhook {} ({}): no updates arrive until the settings are fixed and the "
                    + "application restarted", url, BotApi.describe(e));
        }
        return new CompletionHandler.OnCompleteRemove<>();
    }

    /** Doubling from {@link #FIRST_RETRY} with every failure in a row, up to {@link #MAX_RETRY}. */
    private static Duration backoff(int failedBefore) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.clamp(failedBefore, 0, 20));
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }
}
