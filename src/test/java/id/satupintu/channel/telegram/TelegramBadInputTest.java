package id.satupintu.channel.telegram;

import id.satupintu.BadInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import static id.satupintu.channel.telegram.Updates.nextChatId;
import static id.satupintu.channel.telegram.Updates.nextUpdateId;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to the Telegram webhook, past its secret: refused with a 4xx and a clear message, or stored as sent. */
@TelegramTest
class TelegramBadInputTest {

    private static final String JSON = "application/json";

    record Row(String input, Function<TelegramBadInputTest, HttpRequest> request, int status, String message) {
        @Override
        public String toString() {
            return "POST /webhooks/telegram: " + input;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static List<Row> rows() {
        String notAnUpdate = "The body is not a JSON Telegram Update";
        return List.of(
                new Row("malformed JSON", t -> t.post(JSON, "{\"update_id\": 1, \"message\": {"), 400, notAnUpdate),
                new Row("invalid UTF-8", t -> t.post(JSON, BadInput.withInvalidUtf8At(
                        Updates.text(nextUpdateId(), nextChatId(), "jalan MARK rusak"), "MARK")), 400, notAnUpdate),
                new Row("a JSON array", t -> t.post(JSON, "[" + Updates.text(nextUpdateId(), nextChatId(), "jalan") + "]"), 400, notAnUpdate),
                new Row("a JSON string", t -> t.post(JSON, "\"<script>alert(1)</script>\""), 400, notAnUpdate),
                new Row("update_id of SQL", t -> t.post(JSON, "{\"update_id\":\"1; DROP TABLE inbound_message\"}"), 400, notAnUpdate),
                new Row("missing update_id", t -> t.post(JSON, "{\"message\":{\"text\":\"halo\"}}"), 400, "update_id is missing"),
                new Row("empty body", t -> t.post(JSON, ""), 400, "update_id is missing"),
                new Row("over 1 MB", t -> t.post(JSON, BadInput.oversizedJson("update_id")), 413, "is too large"),
                new Row("over 1 MB, chunked", t -> BadInput.postChunked(t.url(), JSON, BadInput.oversizedJson("update_id"))
                        .header(TelegramWebhookController.SECRET_HEADER, TelegramTest.SECRET).build(), 413, "is too large"),
                new Row("text/plain", t -> t.post("text/plain", Updates.text(nextUpdateId(), nextChatId(), "jalan")), 415, "is not supported"),
                new Row("a form", t -> t.post("application/x-www-form-urlencoded", "update_id=1&text=jalan"), 415, "is not supported"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputIsRefusedClearlyAndNothingIsStored(Row row) {
        new BadInput(jdbc).assertRefused(row.request().apply(this), row.status(), row.message());
    }

    static List<String> texts() {
        return List.of(BadInput.UNUSUAL_TEXT, BadInput.SCRIPT_TEXT, BadInput.SQL_TEXT, "x".repeat(20_000));
    }

    /** Telegram adds fields to its updates over time; they are ignored, and any text is kept as sent. */
    @ParameterizedTest
    @MethodSource("texts")
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
