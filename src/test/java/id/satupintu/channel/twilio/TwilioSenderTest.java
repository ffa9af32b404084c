package id.satupintu.channel.twilio;

import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Inbox;
import id.satupintu.channel.InboundMessage;
import id.satupintu.channel.OutboundMessage;
import id.satupintu.channel.OutboundStatus;
import id.satupintu.channel.Outbox;
import id.satupintu.channel.Recipients;
import id.satupintu.channel.Transcript;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static id.satupintu.channel.twilio.TwilioInboundTest.awaitSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Replies and notifications through the Messages API, Twilio's answers, status callbacks and WhatsApp's window. */
@TwilioTest
class TwilioSenderTest {

    private static final FakeTwilio TWILIO = FakeTwilio.instance();

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    Inbox inbox;
    @Autowired
    Recipients recipients;
    @Autowired
    Transcript transcript;
    @Autowired
    JdbcClient jdbc;

    /** Where an outbound message ended: its status, attempts and last error, from the outbox's table. */
    record Outcome(OutboundStatus status, int attempts, String lastError) {
    }

    @Test
    void aServerErrorThenSuccessDeliversTheMessageExactlyOnceAfterOneRetryOfTheOutbox() {
        String number = TwilioWebhook.newNumber();
        TWILIO.answerMessagesTo(number, FakeTwilio.error(500, 20500, "Internal Server Error"), FakeTwilio.created());

        outbox.enqueue(OutboundMessage.reply(new Address(Channel.SMS, number), "Laporan diterima", List.of()));

        Outcome outcome = awaitOutcome(new Address(Channel.SMS, number), OutboundStatus.SENT);
        assertThat(outcome.attempts()).isEqualTo(2);
        TwilioInboundTest.sleep(Duration.ofMillis(500));
        assertThat(TWILIO.messagesTo(number)).hasSize(2)
                .allSatisfy(form -> assertThat(form).containsEntry("Body", "Laporan diterima").containsEntry("From", FakeTwilio.SMS_FROM));
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheRetryAfterTwilioGave() {
        String number = TwilioWebhook.newNumber();
        TWILIO.answerMessagesTo(number, FakeTwilio.error(429, 20429, "Too Many Requests").withHeader("Retry-After", "2"),
                FakeTwilio.created());

        outbox.enqueue(OutboundMessage.reply(new Address(Channel.SMS, number), "halo", List.of()));

        awaitOutcome(new Address(Channel.SMS, number), OutboundStatus.SENT);
        List<Instant> requests = TWILIO.messageTimesTo(number);
        assertThat(requests).hasSize(2);
        assertThat(Duration.between(requests.get(0), requests.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void anUnsubscribedRecipientFailsTheMessageAndIsNotMessagedAgain() {
        String number = TwilioWebhook.newNumber();
        Address citizen = new Address(Channel.SMS, number);
        TWILIO.answerMessagesTo(number, FakeTwilio.error(400, 21610, "Attempt to send to unsubscribed recipient"));

        outbox.enqueue(OutboundMessage.reply(citizen, "halo", List.of()));

        Outcome outcome = awaitOutcome(citizen, OutboundStatus.FAILED);
        assertThat(outcome.lastError()).contains("21610").doesNotContain(number);
        assertThat(recipients.isUnreachable(citizen)).isTrue();
        outbox.enqueue(OutboundMessage.reply(citizen, "lagi", List.of()));
        assertThat(statuses(citizen)).containsExactly(OutboundStatus.FAILED, OutboundStatus.SUPPRESSED);
        assertThat(TWILIO.messagesTo(number)).hasSize(1);
    }

    @Test
    void anotherClientErrorFailsTheMessageWithoutRetryingIt() {
        String number = TwilioWebhook.newNumber();
        Address citizen = new Address(Channel.SMS, number);
        TWILIO.answerMessagesTo(number, FakeTwilio.error(400, 21211, "Invalid 'To' Phone Number"));

        outbox.enqueue(OutboundMessage.reply(citizen, "halo", List.of()));

        assertThat(awaitOutcome(citizen, OutboundStatus.FAILED).attempts()).isZero();
        TwilioInboundTest.sleep(Duration.ofMillis(700));
        assertThat(TWILIO.messagesTo(number)).hasSize(1);
        assertThat(recipients.isUnreachable(citizen)).isFalse();
    }

    @Test
    void statusCallbacksMoveTheMessageForwardAndNeverBack() {
        String number = TwilioWebhook.newNumber();
        Address citizen = new Address(Channel.WHATSAPP, number);
        TwilioWebhook.whatsapp(number, "Siti", "halo").post(port);
        String sid = TwilioWebhook.newSid("SM");
        TWILIO.answerMessagesTo("whatsapp:" + number, FakeTwilio.created(sid));
        awaitSent("whatsapp:" + number, 1);
        awaitOutcome(citizen, OutboundStatus.SENT);

        assertThat(TwilioWebhook.status(sid, "whatsapp:" + number, "delivered").post(port).status()).isEqualTo(204);
        assertThat(lastStatus(citizen)).isEqualTo(OutboundStatus.DELIVERED);
        TwilioWebhook.status(sid, "whatsapp:" + number, "read").post(port);
        assertThat(lastStatus(citizen)).isEqualTo(OutboundStatus.READ);
        TwilioWebhook.status(sid, "whatsapp:" + number, "delivered").post(port);
        TwilioWebhook.status(sid, "whatsapp:" + number, "sent").post(port);
        assertThat(lastStatus(citizen)).isEqualTo(OutboundStatus.READ);
    }

    @Test
    void anUndeliveredCallbackForANumberThatCannotReceiveMarksItUnreachable() {
        String number = TwilioWebhook.newNumber();
        Address citizen = new Address(Channel.SMS, number);
        String sid = TwilioWebhook.newSid("SM");
        TWILIO.answerMessagesTo(number, FakeTwilio.created(sid));
        outbox.enqueue(OutboundMessage.reply(citizen, "halo", List.of()));
        awaitOutcome(citizen, OutboundStatus.SENT);

        TwilioWebhook.status(sid, number, "undelivered").with("ErrorCode", "30006")
                .with("ErrorMessage", "Landline or unreachable carrier").post(port);

        assertThat(lastStatus(citizen)).isEqualTo(OutboundStatus.UNDELIVERED);
        assertThat(recipients.isUnreachable(citizen)).isTrue();
    }

    @Test
    void aNotificationOutsideWhatsAppsWindowGoesOutAsTheApprovedTemplate() {
        String number = TwilioWebhook.newNumber();
        Address citizen = new Address(Channel.WHATSAPP, number);

        outbox.enqueue(notification(citizen, "LPR-AB12-CD34", "DIDISPOSISI"));

        Map<String, String> sent = awaitSent("whatsapp:" + number, 1).getFirst();
        assertThat(sent).containsEntry("ContentSid", FakeTwilio.TEMPLATE_SID)
                .containsEntry("ContentVariables", "{\"1\":\"LPR-AB12-CD34\",\"2\":\"DIDISPOSISI\"}")
                .containsEntry("MessagingServiceSid", FakeTwilio.MESSAGING_SERVICE_SID)
                .doesNotContainKey("Body")
                .doesNotContainKey("From");
    }

    @Test
    void insideTheWindowANotificationIsFreeFormText() {
        String number = TwilioWebhook.newNumber();
        Address citizen = new Address(Channel.WHATSAPP, number);
        TwilioWebhook.whatsapp(number, "Siti", "halo").post(port);
        awaitSent("whatsapp:" + number, 1);

        outbox.enqueue(notification(citizen, "LPR-AB12-CD34", "SELESAI"));

        Map<String, String> sent = awaitSent("whatsapp:" + number, 2).get(1);
        assertThat(sent).containsEntry("Body", "Status laporan LPR-AB12-CD34: SELESAI 🎉")
                .containsEntry("From", FakeTwilio.WHATSAPP_FROM)
                .doesNotContainKey("ContentSid");
    }

    @Test
    void aFreeFormReplyOutsideTheWindowIsNotAttempted() {
        String number = TwilioWebhook.newNumber();
        Address citizen = new Address(Channel.WHATSAPP, number);
        inbox.accept(new InboundMessage(citizen, TwilioWebhook.newSid("SM"), "halo kemarin", null, List.of(), null, "Siti",
                Instant.now().minus(Duration.ofHours(25))));

        Outcome outcome = awaitOutcome(citizen, OutboundStatus.FAILED);

        assertThat(outcome.lastError()).contains("only within");
        TwilioInboundTest.sleep(Duration.ofMillis(300));
        assertThat(TWILIO.messagesTo("whatsapp:" + number)).isEmpty();
    }

    @Test
    void smsTextIsKeptInTheGsmAlphabetWhileWhatsAppKeepsItAsWritten() {
        String number = TwilioWebhook.newNumber();
        String text = "“Laporan” Anda – LPR-AB12-CD34 – sudah diterima 🙏";

        outbox.enqueue(OutboundMessage.reply(new Address(Channel.SMS, number), text, List.of()));
        TwilioWebhook.whatsapp(number, "Siti", "halo").post(port);
        awaitSent("whatsapp:" + number, 1);
        outbox.enqueue(OutboundMessage.reply(new Address(Channel.WHATSAPP, number), text, List.of()));

        assertThat(awaitSent(number, 1).getFirst()).containsEntry("Body", "\"Laporan\" Anda - LPR-AB12-CD34 - sudah diterima");
        assertThat(awaitSent("whatsapp:" + number, 2).get(1)).containsEntry("Body", text);
    }

    static OutboundMessage notification(Address to, String trackingId, String status) {
        return new OutboundMessage(to, "Status laporan " + trackingId + ": " + status + (status.equals("SELESAI") ? " 🎉" : ""),
                List.of(), new OutboundMessage.Notification(trackingId, status));
    }

    Outcome awaitOutcome(Address to, OutboundStatus expected) {
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(to).contains(expected));
        return jdbc.sql("""
                        select status, attempts, last_error from outbound_message
                        where channel = ? and address_id = ? and status = ? order by id limit 1""")
                .params(to.channel().code(), to.id(), expected.name())
                .query((rs, n) -> new Outcome(OutboundStatus.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3)))
                .single();
    }

    List<OutboundStatus> statuses(Address to) {
        return transcript.read(to, 0, 50).entries().stream()
                .filter(e -> e.direction() == Transcript.Direction.OUT)
                .map(Transcript.Entry::status)
                .toList();
    }

    OutboundStatus lastStatus(Address to) {
        return statuses(to).getLast();
    }
}
