package id.satupintu.channel.twilio;

import com.twilio.http.TwilioRestClient;
import id.satupintu.channel.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of SMS and WhatsApp are on, from the environment. */
@ExtendWith(OutputCaptureExtension.class)
class TwilioSwitchTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TwilioConfiguration.class, TwilioSignatures.class, TwilioInbound.class,
                    TwilioMedia.class, TwilioTexts.class, TwilioSender.class, TwilioWebhookController.class);

    @Test
    void withoutCredentialsNothingOfTwilioExistsAndTheLogSaysSoOnce(CapturedOutput output) {
        context.withPropertyValues("satupintu.twilio.sms-from=+15005550006", "satupintu.twilio.account-sid=")
                .run(app -> {
                    assertThat(app).hasNotFailed();
                    assertThat(app).doesNotHaveBean(TwilioSender.class).doesNotHaveBean(TwilioWebhookController.class)
                            .doesNotHaveBean(TwilioRestClient.class);
                });
        assertThat(output.getOut().split("SMS and WhatsApp \\(Twilio\\) are off", -1)).hasSize(2);
    }

    @ParameterizedTest(name = "sid={0} token={1} sms={2} whatsapp={3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "ACtest | token | +15005550006 | whatsapp:+14155238886 | SMS WHATSAPP",
            "ACtest | token | +15005550006 | none                  | SMS",
            "ACtest | token | none         | +14155238886          | WHATSAPP",
            "ACtest | token | none         | none                  | ''",
            "ACtest | none  | +15005550006 | +14155238886          | ''",
            "none   | token | +15005550006 | +14155238886          | ''",
    })
    void aChannelIsOnWithCredentialsAndItsSender(String sid, String token, String sms, String whatsapp, String expected) {
        var properties = new TwilioProperties(sid, token, null, sms, whatsapp, null, null, null, "ID",
                DataSize.ofMegabytes(5), Duration.ofSeconds(10), Duration.ofHours(24));

        Set<Channel> on = expected.isBlank() ? Set.of()
                : Arrays.stream(expected.split(" ")).map(Channel::valueOf).collect(Collectors.toSet());
        assertThat(properties.channels()).isEqualTo(on);
    }

    @Test
    void theWhatsAppSenderGetsItsPrefixAndTheSettingsNeverShowTheToken() {
        var properties = new TwilioProperties("ACtest", "secret-token", null, null, "+14155238886", null, null,
                "https://satupintu.example/", "ID", DataSize.ofMegabytes(5), Duration.ofSeconds(10), Duration.ofHours(24));

        assertThat(properties.whatsappSender()).isEqualTo("whatsapp:+14155238886");
        assertThat(properties.publicUrl(TwilioProperties.STATUS_PATH)).isEqualTo("https://satupintu.example/webhooks/twilio/status");
        assertThat(properties.toString()).doesNotContain("secret-token");
    }
}
