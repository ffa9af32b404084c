package id.satupintu.channel.twilio;

import id.satupintu.BadInput;
import id.satupintu.BadInput.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to the Twilio webhooks, signed as Twilio signs so that it reaches the parsers:
 * refused with a 4xx and a clear message, or (odd texts, unknown parameters) stored as sent.
 */
@TwilioTest
class TwilioBadInputTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static List<Case<TwilioBadInputTest>> rows() {
        String messages = "POST " + TwilioProperties.MESSAGES_PATH;
        String status = "POST " + TwilioProperties.STATUS_PATH;
        return List.of(
                row(messages, "a broken escape", sms("jalan"), w -> bytes(w.body() + "&Body=%ZZ"), 400, "not form-encoded"),
                row(messages, "a repeated parameter", sms("jalan"), w -> bytes(w.body() + "&From=%2B6281100000000"), 400, "is repeated"),
                row(messages, "invalid UTF-8", sms("jalan"), w -> BadInput.withInvalidUtf8(w.body() + "&Extra=", ""), 400, "not UTF-8"),
                row(messages, "over 64 KB", sms("x".repeat(70_000)), null, 413, "at most 65536 bytes"),
                row(messages, "over 1 MB", sms("x".repeat(BadInput.OVERSIZED_BYTES)), null, 413, "is too large"),
                row(messages, "JSON", sms("jalan").contentType("application/json"), w -> bytes("{\"Body\":\"jalan\"}"), 415, "is not supported"),
                row(messages, "text/plain", sms("jalan").contentType("text/plain"), null, 415, "is not supported"),
                row(messages, "missing From", sms("jalan").without("From"), null, 400, "From is missing"),
                row(messages, "From of SQL", sms("jalan").with("From", "' OR 1=1; --"), null, 400, "From is not a phone number"),
                row(messages, "From of script", sms("jalan").with("From", "<script>alert(1)</script>"), null, 400, "From is not a phone number"),
                row(messages, "NumMedia not a number", sms("jalan").with("NumMedia", "dua"), null, 400, "NumMedia must be a number"),
                row(messages, "MediaUrl not a URL", sms("jalan").with("NumMedia", "1").with("MediaUrl0", "ht tp://<>"), null, 400, "MediaUrl0 is not a URL"),
                row(messages, "Latitude not degrees", TwilioWebhook.whatsappLocation(TwilioWebhook.newNumber(), "Budi", "utara", "103.0", null, null),
                        null, 400, "Latitude and Longitude must be degrees"),
                row(status, "missing MessageSid", TwilioWebhook.status("SMx", "+6281200000001", "delivered").without("MessageSid"), null, 400, "MessageSid is missing"),
                row(status, "a broken escape", TwilioWebhook.status("SMx", "+6281200000001", "delivered"), w -> bytes(w.body() + "&x=%"), 400, "not form-encoded"),
                row(status, "JSON", TwilioWebhook.status("SMx", "+6281200000001", "delivered").contentType("application/json"),
                        w -> bytes("{}"), 415, "is not supported"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputIsRefusedClearlyAndNothingIsStored(Case<TwilioBadInputTest> row) {
        new BadInput(jdbc).assertRefused(row.request().apply(this), row.status(), row.message());
    }

    /** A webhook request and, when not its own form, the raw body sent under its signature. */
    private static Case<TwilioBadInputTest> row(String endpoint, String input, TwilioWebhook webhook,
                                                Function<TwilioWebhook, byte[]> body, int status, String message) {
        return new Case<>(endpoint, input, test -> {
            byte[] raw = body == null ? bytes(webhook.body()) : body.apply(webhook);
            return webhook.request(test.port, HttpRequest.BodyPublishers.ofByteArray(raw));
        }, status, message);
    }


    /** Twilio adds parameters over time; they are signed and ignored, and any text is kept as sent. */
    @ParameterizedTest
    @MethodSource("id.satupintu.BadInput#acceptedTexts")
    void aMessageOfUnusualTextAndUnknownParametersIsStoredAsSent(String text) {
        String number = TwilioWebhook.newNumber();
        TwilioWebhook webhook = TwilioWebhook.sms(number, text).with("FutureParameter", "{\"a\":[1]}");

        new BadInput(jdbc).assertAccepted(webhook.request(port, HttpRequest.BodyPublishers.ofString(webhook.body())));

        assertThat(jdbc.sql("select text from inbound_message where channel = 'sms' and address_id = ?")
                .param(number).query(String.class).list()).containsExactly(text);
    }

    private static TwilioWebhook sms(String text) {
        return TwilioWebhook.sms(TwilioWebhook.newNumber(), text);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
