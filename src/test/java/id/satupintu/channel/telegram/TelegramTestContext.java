package id.satupintu.channel.telegram;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

/**
 * Points the Telegram test application at {@link TelegramBotApi}. Before the start, the first
 * setWebhook is answered with flood control.
 */
class TelegramTestContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TelegramBotApi.answerSetWebhook(TelegramBotApi.error(429, "Too Many Requests: retry after 1", 1),
                okJson("{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}"));
        TestPropertyValues.of("satupintu.telegram.api-url=" + TelegramBotApi.url()).applyTo(context);
    }
}
