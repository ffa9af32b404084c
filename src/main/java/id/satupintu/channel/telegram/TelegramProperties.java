package id.satupintu.channel.telegram;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings of the Telegram channel ({@code satupintu.telegram.*}, filled from the environment
 * variables of channels/telegram.yml).
 *
 * @param botToken           from BotFather; blank switches the channel off
 * @param webhookSecret      sent back by Telegram in {@code X-Telegram-Bot-Api-Secret-Token} on every webhook call
 * @param apiUrl             the Bot API server (another one in tests, or a local Bot API server)
 * @param publicBaseUrl      where Telegram reaches this server; set means webhook mode
 * @param maxAttachmentSize  larger files are not downloaded (the Bot API serves at most 20 MB)
 */
@ConfigurationProperties("satupintu.telegram")
record TelegramProperties(String botToken,
                          String webhookSecret,
                          @DefaultValue("https://api.telegram.org") URI apiUrl,
                          String publicBaseUrl,
                          @DefaultValue("10MB") DataSize maxAttachmentSize) {

    static final String WEBHOOK_PATH = "/webhooks/telegram";
    /** The condition of every part of the channel: a bot token is set. */
    static final String ENABLED = "!'${satupintu.telegram.bot-token:}'.isBlank()";

    /** What Telegram accepts as a webhook secret token. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    enum Mode { OFF, LONG_POLLING, WEBHOOK }

    Mode mode() {
        if (isBlank(botToken)) {
            return Mode.OFF;
        }
        return isBlank(publicBaseUrl) ? Mode.LONG_POLLING : Mode.WEBHOOK;
    }

    String webhookUrl() {
        String base = publicBaseUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + WEBHOOK_PATH;
    }

    boolean hasValidWebhookSecret() {
        return webhookSecret != null && SECRET.matcher(webhookSecret).matches();
    }

    /** Why webhook mode cannot work as configured, if it cannot. */
    Optional<String> webhookProblem() {
        if (!hasValidWebhookSecret()) {
            return Optional.of("TELEGRAM_WEBHOOK_SECRET must be set to 1-256 characters of A-Z, a-z, 0-9, _ and -");
        }
        if (!webhookUrl().startsWith("https://")) {
            return Optional.of("Telegram only calls https webhooks, and PUBLIC_BASE_URL is " + publicBaseUrl);
        }
        return Optional.empty();
    }

    TelegramUrl telegramUrl() {
        boolean https = "https".equalsIgnoreCase(apiUrl.getScheme());
        int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : https ? 443 : 80;
        return new TelegramUrl(https ? "https" : "http", apiUrl.getHost(), port, false);
    }

    /** Never shows the token or the secret, wherever the settings end up printed. */
    @Override
    public String toString() {
        return "TelegramProperties[mode=" + mode() + ", apiUrl=" + apiUrl + ", publicBaseUrl=" + publicBaseUrl
                + ", maxAttachmentSize=" + maxAttachmentSize + "]";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
