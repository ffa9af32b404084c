package id.satupintu.channel.telegram;

import id.satupintu.BadInput;
import id.satupintu.BadInput.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static id.satupintu.channel.telegram.Updates.nextChatId;
import static id.satupintu.channel.telegram.Updates.nextUpdateId;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to the Telegram webhook, past its secret: refused with a 4xx and a clear message, or stored as sent. */
@TelegramTest
class TelegramBadInputTest {

    private static final String JSON = "application/json";
    private static final String WEBHOOK = "POST /webhooks/telegram";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static List<Case<TelegramBadInputTest>> rows() {
        String notAnUpdate = "The body is not a JSON Telegram Update";
        return List.of(
                new Case<>(WEBHOOK, "malformed JSON", t -> t.post(JSON, "{\"update_id\": 1, \"message\": {"), 400, notAnUpdate),
                new Case<>(WEBHOOK, "invalid UTF-8", t -> t.post(JSON, BadInput.withInvalidUtf8At(
                        Updates.text(nextUpdateId(), nextChatId(), "jalan MARK rusak"), "MARK")), 400, notAnUpdate),
                new Case<>(WEBHOOK, "a JSON array", t -> t.post(JSON, "[" + Updates.text(nextUpdateId(), nextChatId(), "jalan") + "]"), 400, notAnUpdate),
                new Case<>(WEBHOOK, "a JSON string", t -> t.post(JSON, "\"<script>alert(1)</script>\""), 400, notAnUpdate),
                new Case<>(WEBHOOK, "update_id of SQL", t -> t.post(JSON, "{\"update_id\":\"1; DROP TABLE inbound_message\"}"), 400, notAnUpdate),
                new Case<>(WEBHOOK, "missing update_id", t -> t.post(JSON, "{\"message\":{\"text\":\"halo\"}}"), 400, "update_id is missing"),
                new Case<>(WEBHOOK, "empty body", t -> t.post(JSON, ""), 400, "update_id is missing"),
                new Case<>(WEBHOOK, "over 1 MB", t -> t.post(JSON, BadInput.oversizedJson("update_id")), 413, "is too large"),
                new Case<>(WEBHOOK, "over 1 MB, chunked", t -> BadInput.postChunked(t.url(), JSON, BadInput.oversizedJson("update_id"))
                        .header(TelegramWebhookController.SECRET_HEADER, TelegramTest.SECRET).build(), 413, "is too large"),
                new Case<>(WEBHOOK, "text/plain", t -> t.post("text/plain", Updates.text(nextUpdateId(), nextChatId(), "jalan")), 415, "is not supported"),
                new Case<>(WEBHOOK, "a form", t -> t.post("application/x-www-form-urlencoded", "update_id=1&text=jalan"), 415, "is not supported"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputIsRefusedClearlyAndNothingIsStored(Case<TelegramBadInputTest> row) {
        new BadInput(jdbc).assertRefused(row.request().apply(this), row.status(), row.message());
    }


    /** Telegram adds fields to its updates over time; they are ignored, and any text is kept as sent. */
    @ParameterizedTest
    @MethodSource("id.satupintu.BadInput#acceptedTexts")
    void anUpdateOfUnusualTextAndUnknownFieldsIsStoredAsSent(String text) {
        String chat = nextChatId();
        String update = Updates.text(nextUpdateId(), chat, text).replaceFirst("\\{", "{\"future_field\":{\"a\":[1]},");

        new BadInput(jdbc).assertAccepted(post(JSON, update));

        assertThat(jdbc.sql("select text from inbound_message where channel = 'telegram' and address_id = ?")
                .param(chat).query(String.class).list()).containsExactly(text);
    }

    @Test
    void aNulCharacterInAMessageIsDropped() {
        String chat = nextChatId();

        new BadInput(jdbc).assertAccepted(post(JSON, Updates.text(nextUpdateId(), chat, "jalan MARK rusak").replace("MARK", "\\u0000")));

        assertThat(jdbc.sql("select text from inbound_message where channel = 'telegram' and address_id = ?")
                .param(chat).query(String.class).list()).containsExactly("jalan  rusak");
    }

    String url() {
        return "http://localhost:" + port + TelegramProperties.WEBHOOK_PATH;
    }

    HttpRequest post(String contentType, String body) {
        return post(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest post(String contentType, byte[] body) {
        return BadInput.post(url(), contentType, body).header(TelegramWebhookController.SECRET_HEADER, TelegramTest.SECRET).build();
    }
}
