package id.satupintu.channel.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The webhook Telegram posts updates to. Telegram sends the update again until it gets a 2xx, so
 * this answers as soon as the update is stored: the conversation reads it in the background.
 */
@RestController
@ConditionalOnExpression(TelegramProperties.ENABLED)
class TelegramWebhookController {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TelegramInbound inbound;
    private final byte[] secret;

    TelegramWebhookController(TelegramInbound inbound, TelegramProperties properties) {
        this.inbound = inbound;
        this.secret = properties.hasValidWebhookSecret() ? properties.webhookSecret().getBytes(StandardCharsets.UTF_8) : null;
    }

    @PostMapping(path = TelegramProperties.WEBHOOK_PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> receive(@RequestHeader(name = SECRET_HEADER, required = false) String givenSecret,
                              @RequestBody(required = false) byte[] body) {
        if (givenSecret == null) {
            return problem(HttpStatus.UNAUTHORIZED, "The " + SECRET_HEADER + " header is missing");
        }
        if (secret == null || !MessageDigest.isEqual(secret, givenSecret.getBytes(StandardCharsets.UTF_8))) {
            return problem(HttpStatus.FORBIDDEN, "The " + SECRET_HEADER + " header does not match");
        }
        Update update;
        try {
            update = body == null ? null : BotApi.JSON.readValue(body, Update.class);
        } catch (IOException e) { // parse and mapping errors only: the body is in memory
            // Not the parser's message: it quotes the body and names our classes.
            return problem(HttpStatus.BAD_REQUEST, "The body is not a JSON Telegram Update");
        }
        if (update == null || update.getUpdateId() == null) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not a Telegram Update: update_id is missing");
        }
        try {
            inbound.receive(update);
            return ResponseEntity.ok().build();
        } catch (TelegramUnavailableException | TransientDataAccessException | DataAccessResourceFailureException e) {
            log.warn("Could not take Telegram update {} now ({}); Telegram will deliver it again", update.getUpdateId(), e.getMessage());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "The update could not be stored now; deliver it again later");
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
