package id.satupintu.channel.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Posts to the application's Telegram webhook as Telegram does. */
final class Webhook {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI uri;

    Webhook(int port) {
        this.uri = URI.create("http://localhost:" + port + TelegramProperties.WEBHOOK_PATH);
    }

    /** With the right secret. */
    HttpResponse<String> post(String update) {
        return post(update, TelegramTest.SECRET);
    }

    /** @param secret the X-Telegram-Bot-Api-Secret-Token header, or null for none */
    HttpResponse<String> post(String body, String secret) {
        var request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(TelegramWebhookController.SECRET_HEADER, secret);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
