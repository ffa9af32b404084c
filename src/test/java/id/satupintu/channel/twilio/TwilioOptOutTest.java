package id.satupintu.channel.twilio;

import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.InboundMessage;
import id.satupintu.channel.OutboundStatus;
import id.satupintu.channel.Outbox;
import id.satupintu.channel.Recipients;
import id.satupintu.channel.Transcript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static id.satupintu.channel.twilio.TwilioInboundTest.awaitSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** STOP / BERHENTI and MULAI / START: the channel's own opt-out of status notifications. */
@TwilioTest
class TwilioOptOutTest {

    private static final String OPTED_OUT = "Anda tidak akan menerima kabar status laporan lagi di nomor ini. "
            + "Balas MULAI untuk mengaktifkannya kembali.";
    private static final String OPTED_IN = "Kabar status laporan Anda aktif kembali. Balas BERHENTI untuk menghentikannya.";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    Recipients recipients;
    @Autowired
    Transcript transcript;
    @Autowired
    RecordingInboundHandler handler;

    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource({"STOP, MULAI", "berhenti, mulai", "Stop., Start", " BERHENTI , START!"})
    void stopSuppressesNotificationsAndMulaiResumesThem(String stop, String start) {
        String number = TwilioWebhook.newNumber();
        Address citizen = new Address(Channel.SMS, number);

        assertThat(TwilioWebhook.sms(number, stop).post(port).status()).isEqualTo(200);

        assertThat(awaitSent(number, 1).getFirst()).containsEntry("Body", OPTED_OUT);
        assertThat(recipients.isOptedOut(citizen)).isTrue();
        outbox.enqueue(TwilioSenderTest.notification(citizen, "LPR-AB12-CD34", "DIVERIFIKASI"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(transcript.read(citizen, 0, 10).entries()).extracting(Transcript.Entry::status)
                        .containsExactly(null, OutboundStatus.SENT, OutboundStatus.SUPPRESSED));

        TwilioWebhook.sms(number, start).post(port);

        assertThat(awaitSent(number, 2).get(1)).containsEntry("Body", OPTED_IN);
        assertThat(recipients.isOptedOut(citizen)).isFalse();
        outbox.enqueue(TwilioSenderTest.notification(citizen, "LPR-AB12-CD34", "DIDISPOSISI"));
        assertThat(awaitSent(number, 3).get(2)).containsEntry("Body", "Status laporan LPR-AB12-CD34: DIDISPOSISI");
        assertThat(handler.from(citizen)).as("the keywords never reach the conversation").isEmpty();
    }

    @Test
    void aRedeliveredStopIsConfirmedOnce() {
        String number = TwilioWebhook.newNumber();
        TwilioWebhook stop = TwilioWebhook.whatsapp(number, "Siti", "STOP");

        stop.post(port);
        stop.post(port);

        awaitSent("whatsapp:" + number, 1);
        TwilioInboundTest.sleep(Duration.ofMillis(800));
        assertThat(FakeTwilio.instance().messagesTo("whatsapp:" + number)).hasSize(1);
        assertThat(recipients.isOptedOut(new Address(Channel.WHATSAPP, number))).isTrue();
    }

    @Test
    void mulaiFromANumberThatNeverOptedOutIsAnOrdinaryMessage() {
        String number = TwilioWebhook.newNumber();
        Address citizen = new Address(Channel.SMS, number);

        TwilioWebhook.sms(number, "mulai").post(port);

        await().atMost(Duration.ofSeconds(10)).until(() -> !handler.from(citizen).isEmpty());
        assertThat(handler.from(citizen)).extracting(InboundMessage::text).containsExactly("mulai");
        assertThat(awaitSent(number, 1).getFirst()).containsEntry("Body", "Diterima: mulai");
    }

    @Test
    void stopInsideASentenceIsAnOrdinaryMessage() {
        String number = TwilioWebhook.newNumber();
        Address citizen = new Address(Channel.SMS, number);

        TwilioWebhook.sms(number, "tolong stop pembuangan sampah di sungai").post(port);

        await().atMost(Duration.ofSeconds(10)).until(() -> !handler.from(citizen).isEmpty());
        assertThat(recipients.isOptedOut(citizen)).isFalse();
    }
}
