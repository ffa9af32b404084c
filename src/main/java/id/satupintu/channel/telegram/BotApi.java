package id.satupintu.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the adapter needs to know about the Bot API beyond the client: its JSON and its errors. */
final class BotApi {

    /**
     * The TelegramBots model is bound with Jackson 2 annotations; the Jackson 3 mapper of Spring MVC
     * cannot build it, so updates are read with this one. Telegram adds fields over time.
     */
    static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The update kinds we ask Telegram for (polling and webhook alike); it keeps the others. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query", "my_chat_member");

    private BotApi() {
    }

    /** The Bot API's error code, or 0 when the answer was none (network failure, not JSON). */
    static int errorCode(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            return request.getErrorCode();
        }
        return 0;
    }

    /** Worth trying again: flood control (429), a server error, or no answer from the Bot API at all. */
    static boolean isTemporary(TelegramApiException e) {
        int code = errorCode(e);
        return code == 0 || code == 429 || code >= 500;
    }

    /** How long flood control asks us to wait ({@code parameters.retry_after}), if it says. */
    static Optional<Duration> retryAfter(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request && request.getParameters() != null
                && request.getParameters().getRetryAfter() != null) {
            return Optional.of(Duration.ofSeconds(request.getParameters().getRetryAfter()));
        }
        return Optional.empty();
    }

    /** A one-line description for logs and stored errors: the API's answer, or the network failure. */
    static String describe(TelegramApiException e) {
        if (errorCode(e) != 0) {
            return e.getMessage().replaceFirst("^Error executing \\S+ query: ", "");
        }
        return e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause();
    }
}
