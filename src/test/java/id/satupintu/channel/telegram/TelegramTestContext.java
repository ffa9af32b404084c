package id.satupintu.channel.telegram;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

/**
 * Points the Telegram test application at {@link TelegramBotApi} and at a PostgreSQL of its own.
 * Contexts stay cached while other test classes run, and each runs db-scheduler: on a shared
 * database the messaging tests' context would take the Telegram tests' inbox and outbox work
 * (and the other way round). Before the start, the first setWebhook is answered with flood control.
 */
class TelegramTestContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres database;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TelegramBotApi.answerSetWebhook(TelegramBotApi.error(429, "Too Many Requests: retry after 1", 1),
                okJson("{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}"));
        String url = database().getJdbcUrl("postgres", "postgres");
        TestPropertyValues.of(
                "satupintu.telegram.api-url=" + TelegramBotApi.url(),
                "satupintu.database.url=" + url,
                "spring.datasource.url=" + url,
                "spring.datasource.username=postgres"
        ).applyTo(context);
    }

    private static synchronized EmbeddedPostgres database() {
        if (database == null) {
            try {
                database = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    database.close();
                } catch (IOException ignored) {
                    // The JVM is exiting.
                }
            }, "telegram-test-postgres-stop"));
        }
        return database;
    }
}
