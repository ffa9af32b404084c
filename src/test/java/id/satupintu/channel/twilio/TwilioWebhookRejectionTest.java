package id.satupintu.channel.twilio;

import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Transcript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the webhooks refuse: forged or unsigned requests, and requests that are not Twilio's shape. */
@TwilioTest
class TwilioWebhookRejectionTest {

    @LocalServerPort
    int port;
    @Autowired
    Transcript transcript;

    static Stream<Arguments> forged() {
        return Stream.of(
                forged("no signature", w -> w.signature("")),
                forged("a signature of other parameters", w -> w.signature(TwilioWebhook.sms("+6281200000000", "lain").computeSignature())),
                forged("signed with another auth token", w -> w.signedWithKey("someone-elses-token")),
                forged("signed for the backend's own URL, not the public one", w -> w.signedFor("http://localhost:8080")),
                forged("signed for http where Twilio calls https", w -> w.signedFor("http://satupintu.example")),
                forged("a body changed after signing", w -> {
                    String signature = w.computeSignature();
                    return w.with("Body", "diubah").signature(signature);
                }));
    }

    private static Arguments forged(String name, UnaryOperator<TwilioWebhook> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forged")
    void aRequestNotSignedByTwilioIsRefusedAndNothingIsStored(String name, UnaryOperator<TwilioWebhook> forge) {
        String number = TwilioWebhook.newNumber();
        TwilioWebhook webhook = forge.apply(TwilioWebhook.sms(number, "jalan rusak"));

        TwilioWebhook.Response response = webhook.post(port);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("X-Twilio-Signature").doesNotContain("Exception").doesNotContain("at id.");
        TwilioInboundTest.sleep(Duration.ofMillis(300));
        assertThat(transcript.read(new Address(Channel.SMS, number), 0, 10).entries()).isEmpty();
    }

    @Test
    void aForgedStatusCallbackIsRefused() {
        TwilioWebhook.Response response = TwilioWebhook.status("SMtest-unknown", TwilioWebhook.newNumber(), "delivered")
                .signedWithKey("someone-elses-token").post(port);

        assertThat(response.status()).isEqualTo(403);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("no From", (UnaryOperator<TwilioWebhook>) w -> w.without("From"), 400, "From is missing"),
                Arguments.of("no MessageSid", (UnaryOperator<TwilioWebhook>) w -> w.without("MessageSid"), 400, "MessageSid is missing"),
                Arguments.of("a From that is no phone number", (UnaryOperator<TwilioWebhook>) w -> w.with("From", "LAPOR"), 400,
                        "From is not a phone number"),
                Arguments.of("a NumMedia that is no number", (UnaryOperator<TwilioWebhook>) w -> w.with("NumMedia", "satu"), 400,
                        "NumMedia must be a number"),
                Arguments.of("coordinates out of range", (UnaryOperator<TwilioWebhook>) w -> w.with("Latitude", "123").with("Longitude", "5"),
                        400, "Latitude and Longitude must be degrees"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aSignedRequestMissingWhatEveryTwilioMessageHasIsABadRequest(String name, UnaryOperator<TwilioWebhook> change,
                                                                     int status, String message) {
        String number = TwilioWebhook.newNumber();
        TwilioWebhook.Response response = change.apply(TwilioWebhook.sms(number, "halo")).post(port);

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.body()).contains(message).doesNotContain("Exception");
        assertThat(transcript.read(new Address(Channel.SMS, number), 0, 10).entries()).isEmpty();
    }

    @Test
    void aBodyThatIsNotFormEncodedIsABadRequest() {
        TwilioWebhook.Response response = TwilioWebhook.sms(TwilioWebhook.newNumber(), "halo").post(port, "Body=%E0%A4%A&From=%");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("not form-encoded").doesNotContain("Exception");
    }

    @Test
    void jsonIsNotWhatTwilioSends() {
        TwilioWebhook.Response response = TwilioWebhook.sms(TwilioWebhook.newNumber(), "halo")
                .contentType("application/json").post(port, "{\"Body\":\"halo\"}");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void aBodyLargerThanAnyTwilioRequestIsRefused() {
        TwilioWebhook webhook = TwilioWebhook.sms(TwilioWebhook.newNumber(), "x".repeat(TwilioSignatures.MAX_BODY_BYTES));

        TwilioWebhook.Response response = webhook.post(port);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).doesNotContain("Exception");
    }
}
