package id.satupintu.channel.telegram;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class TelegramSettingsTest {

    private static final URI API = URI.create("https://api.telegram.org");
    private static final DataSize MAX = DataSize.ofMegabytes(10);

    @Test
    void theModeFollowsTheTokenAndThePublicUrl() {
        assertThat(settings(null, null, null).mode()).isEqualTo(TelegramProperties.Mode.OFF);
        assertThat(settings(" ", "secret", "https://lapor.example.go.id").mode()).isEqualTo(TelegramProperties.Mode.OFF);
        assertThat(settings("1:t", null, null).mode()).isEqualTo(TelegramProperties.Mode.LONG_POLLING);
        assertThat(settings("1:t", null, "").mode()).isEqualTo(TelegramProperties.Mode.LONG_POLLING);
        assertThat(settings("1:t", "s", "https://lapor.example.go.id").mode()).isEqualTo(TelegramProperties.Mode.WEBHOOK);
    }

    @Test
    void theWebhookIsThePublicUrlAndTheFixedPathWithoutTheToken() {
        var settings = settings("1:t", "s3cret_-", "https://lapor.example.go.id/satupintu/");

        assertThat(settings.webhookUrl()).isEqualTo("https://lapor.example.go.id/satupintu/webhooks/telegram");
        assertThat(settings.webhookProblem()).isEmpty();
    }

    @Test
    void webhookModeNeedsAUsableSecretAndHttps() {
        assertThat(settings("1:t", null, "https://lapor.example.go.id").webhookProblem()).get().asString()
                .contains("TELEGRAM_WEBHOOK_SECRET");
        assertThat(settings("1:t", "rahasia sekali!", "https://lapor.example.go.id").webhookProblem()).isPresent();
        assertThat(settings("1:t", "x".repeat(257), "https://lapor.example.go.id").webhookProblem()).isPresent();
        assertThat(settings("1:t", "s", "http://lapor.example.go.id").webhookProblem()).get().asString().contains("https");
    }

    @Test
    void theApiUrlBecomesTheClientsServer() {
        assertThat(settings("1:t", null, null).telegramUrl()).isEqualTo(TelegramUrl.DEFAULT_URL);
        var local = new TelegramProperties("1:t", null, URI.create("http://localhost:8081"), null, MAX);
        assertThat(local.telegramUrl()).isEqualTo(new TelegramUrl("http", "localhost", 8081, false));
    }

    @Test
    void printedSettingsShowNeitherTokenNorSecret() {
        String printed = settings("4242:do-not-print", "never-print-me", "https://lapor.example.go.id").toString();

        assertThat(printed).doesNotContain("do-not-print").doesNotContain("never-print-me").contains("WEBHOOK");
    }

    @Test
    void withoutATokenTheChannelIsOffAndSaysSoOnce(CapturedOutput output) {
        new ApplicationContextRunner()
                .withUserConfiguration(TelegramConfiguration.class, TelegramWebhookController.class)
                .withPropertyValues("satupintu.telegram.bot-token=")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(TelegramClient.class).doesNotHaveBean(TelegramSender.class)
                            .doesNotHaveBean(TelegramWebhookController.class).doesNotHaveBean(TelegramLongPolling.class);
                    assertThat(output.getAll().split("Telegram is off: TELEGRAM_BOT_TOKEN is not set", -1)).hasSize(2);
                });
    }

    @Test
    void theChannelFileDescribesTheSettingsInForce() throws IOException {
        Map<String, Object> file;
        try (Reader in = Files.newBufferedReader(Path.of("channels/telegram.yml"))) {
            file = new Yaml().load(in);
        }
        var application = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            application.load(in);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) file.get("environment");
        assertThat(environment.keySet()).allSatisfy(variable ->
                assertThat(application.values()).anySatisfy(value -> assertThat(value.toString()).startsWith("${" + variable)));
        assertThat(((Map<?, ?>) file.get("webhook")).get("path")).isEqualTo(TelegramProperties.WEBHOOK_PATH);
        assertThat(file.get("allowed-updates")).isEqualTo(BotApi.ALLOWED_UPDATES);
        Map<?, ?> limits = (Map<?, ?>) file.get("rate-limits");
        assertThat(application.getProperty("satupintu.messaging.rate-limits.telegram.per-second"))
                .isEqualTo(limits.get("per-second").toString());
        assertThat(application.getProperty("satupintu.messaging.rate-limits.telegram.per-recipient"))
                .isEqualTo(limits.get("per-recipient"));
        assertThat(DataSize.parse(file.get("max-attachment-size").toString())).isEqualTo(settings("1:t", null, null).maxAttachmentSize());
    }

    private static TelegramProperties settings(String token, String secret, String publicBaseUrl) {
        return new TelegramProperties(token, secret, API, publicBaseUrl, MAX);
    }
}
