package id.satupintu.channel.telegram;

import com.github.kagkarlsson.scheduler.task.Task;
import id.satupintu.channel.Inbox;
import id.satupintu.channel.Recipients;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import javax.sql.DataSource;
import java.time.Duration;

/** The Telegram channel's parts, all off without a bot token; says once at start what it does. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    TelegramConfiguration(TelegramProperties properties) {
        switch (properties.mode()) {
            case OFF -> log.info("Telegram is off: TELEGRAM_BOT_TOKEN is not set");
            case LONG_POLLING -> log.info("Telegram is on, in long polling mode (PUBLIC_BASE_URL is not set)");
            case WEBHOOK -> properties.webhookProblem().ifPresentOrElse(
                    problem -> log.error("Telegram webhook mode cannot work: {}. No updates will arrive", problem),
                    () -> log.info("Telegram is on, in webhook mode at {}", properties.webhookUrl()));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(TelegramProperties.ENABLED)
    static class Enabled {

        /**
         * One connection pool for sending, files and polling; the outbox may send on several threads
         * at once. No silent retries: a sendMessage whose answer was lost may have been delivered,
         * and the outbox decides about sending it again.
         */
        private final OkHttpClient http;

        Enabled(TelegramProperties properties) {
            var dispatcher = new Dispatcher();
            dispatcher.setMaxRequestsPerHost(32);
            this.http = new OkHttpClient.Builder()
                    .dispatcher(dispatcher)
                    .connectTimeout(Duration.ofSeconds(10))
                    .readTimeout(Duration.ofSeconds(30))
                    .writeTimeout(Duration.ofSeconds(30))
                    .retryOnConnectionFailure(false)
                    .addInterceptor(new FileDownloads(properties.telegramUrl()))
                    .build();
        }

        @Bean
        TelegramClient telegramClient(TelegramProperties properties) {
            return new OkHttpTelegramClient(BotApi.JSON, http, properties.botToken(), properties.telegramUrl());
        }

        @Bean
        TelegramSender telegramSender(TelegramClient client) {
            return new TelegramSender(client);
        }

        @Bean
        TelegramInbound telegramInbound(TelegramClient client, Inbox inbox, Recipients recipients, TelegramProperties properties) {
            var files = new TelegramFiles(client, properties.maxAttachmentSize().toBytes());
            return new TelegramInbound(new UpdateReader(files), inbox, recipients, client);
        }

        /** Starts by itself in long polling mode only. */
        @Bean
        TelegramLongPolling telegramLongPolling(TelegramProperties properties, TelegramInbound inbound, DataSource dataSource) {
            return new TelegramLongPolling(properties, inbound, dataSource, http);
        }

        /** Null (no task) unless in working webhook mode. */
        @Bean
        Task<Integer> telegramWebhookRegistration(TelegramClient client, TelegramProperties properties) {
            if (properties.mode() != TelegramProperties.Mode.WEBHOOK || properties.webhookProblem().isPresent()) {
                return null;
            }
            return new WebhookRegistration(client, properties).task();
        }
    }
}
