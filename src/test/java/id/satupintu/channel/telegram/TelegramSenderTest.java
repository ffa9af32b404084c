package id.satupintu.channel.telegram;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Choice;
import id.satupintu.channel.Delivery;
import id.satupintu.channel.OutboundMessage;
import id.satupintu.channel.OutboundStatus;
import id.satupintu.channel.Outbox;
import id.satupintu.channel.Recipients;
import id.satupintu.channel.Transcript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static id.satupintu.channel.telegram.TelegramBotApi.error;
import static id.satupintu.channel.telegram.Updates.nextChatId;
import static id.satupintu.channel.telegram.Updates.nextUpdateId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TelegramTest
class TelegramSenderTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    TelegramSender sender;
    @Autowired
    Outbox outbox;
    @Autowired
    Recipients recipients;
    @Autowired
    Transcript transcript;
    @LocalServerPort
    int port;

    /** What the Bot API answers to sendMessage, and what the outbox is told. */
    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("flood control", error(429, "Too Many Requests: retry after 3", 3),
                        new Delivery.RetryLater(Duration.ofSeconds(3), "[429] Too Many Requests: retry after 3")),
                Arguments.of("server error", error(500, "Internal Server Error", null),
                        new Delivery.RetryLater(null, "[500] Internal Server Error")),
                Arguments.of("bot blocked", error(403, "Forbidden: bot was blocked by the user", null),
                        new Delivery.Failed("[403] Forbidden: bot was blocked by the user", true)),
                Arguments.of("user deactivated", error(403, "Forbidden: user is deactivated", null),
                        new Delivery.Failed("[403] Forbidden: user is deactivated", true)),
                Arguments.of("bad request", error(400, "Bad Request: chat not found", null),
                        new Delivery.Failed("[400] Bad Request: chat not found", false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void eachBotApiErrorBecomesADelivery(String name, ResponseDefinitionBuilder answer, Delivery expected) {
        String chat = nextChatId();
        TelegramBotApi.answerSendMessage(chat, answer);

        assertThat(sender.send(OutboundMessage.reply(new Address(Channel.TELEGRAM, chat), "halo", List.of()))).isEqualTo(expected);
    }

    @Test
    void noAnswerOrNoBotApiAnswerIsRetriedWithBackoff() {
        String chat = nextChatId();
        TelegramBotApi.answerSendMessage(chat, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody("<html>502 Bad Gateway</html>"));
        var message = OutboundMessage.reply(new Address(Channel.TELEGRAM, chat), "halo", List.of());

        assertThat(sender.send(message)).isInstanceOfSatisfying(Delivery.RetryLater.class, retry -> assertThat(retry.after()).isNull());
        assertThat(sender.send(message)).isInstanceOfSatisfying(Delivery.RetryLater.class, retry -> assertThat(retry.after()).isNull());
    }

    @Test
    void aSentMessageReportsTelegramsMessageId() {
        String chat = nextChatId();

        Delivery delivery = sender.send(OutboundMessage.reply(new Address(Channel.TELEGRAM, chat), "halo", List.of()));

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Sent.class, sent -> assertThat(sent.providerMessageId()).containsOnlyDigits());
        assertThat(TelegramBotApi.sendMessageRequests(chat, "{\"chat_id\":\"" + chat + "\",\"text\":\"halo\",\"method\":\"sendmessage\"}"))
                .hasSize(1);
    }

    @Test
    void aChoiceTooLongForCallbackDataFailsWithoutSending() {
        String chat = nextChatId();
        var choices = List.of(new Choice("kategori-" + "x".repeat(60), "Terlalu panjang"));

        Delivery delivery = sender.send(OutboundMessage.reply(new Address(Channel.TELEGRAM, chat), "Pilih", choices));

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Failed.class, failed -> {
            assertThat(failed.recipientGone()).isFalse();
            assertThat(failed.reason()).contains("longer than 64 bytes");
        });
        assertThat(TelegramBotApi.sendMessageRequests(chat)).isEmpty();
    }

    @Test
    void floodControlHoldsTheMessageForRetryAfterAndThenItGoesOut() {
        String chat = nextChatId();
        TelegramBotApi.answerSendMessage(chat, error(429, "Too Many Requests: retry after 2", 2));

        outbox.enqueue(OutboundMessage.reply(new Address(Channel.TELEGRAM, chat), "Laporan Anda kami terima", List.of()));

        await().atMost(PATIENCE).until(() -> TelegramBotApi.sendMessageRequests(chat).size() == 2);
        var calls = TelegramBotApi.sendMessageRequests(chat);
        assertThat(Duration.between(calls.get(0).getLoggedDate().toInstant(), calls.get(1).getLoggedDate().toInstant()))
                .isBetween(Duration.ofSeconds(2), Duration.ofSeconds(5));
        await().atMost(PATIENCE).until(() -> statuses(chat).equals(List.of(OutboundStatus.SENT)));
    }

    @Test
    void aCitizenWhoBlockedTheBotIsMarkedUnreachableAndNotMessagedAgainUntilTheyWrite() {
        String chat = nextChatId();
        Address citizen = new Address(Channel.TELEGRAM, chat);
        TelegramBotApi.answerSendMessage(chat, error(403, "Forbidden: bot was blocked by the user", null));

        outbox.enqueue(OutboundMessage.reply(citizen, "Status laporan: diverifikasi", List.of()));
        outbox.enqueue(OutboundMessage.reply(citizen, "Status laporan: didisposisikan", List.of()));
        await().atMost(PATIENCE).until(() -> recipients.isUnreachable(citizen));
        outbox.enqueue(OutboundMessage.reply(citizen, "Status laporan: selesai", List.of()));

        await().atMost(PATIENCE).until(() -> statuses(chat).size() == 3);
        assertThat(statuses(chat)).containsExactly(OutboundStatus.FAILED, OutboundStatus.SUPPRESSED, OutboundStatus.SUPPRESSED);
        TelegramWebhookTest.sleep(Duration.ofMillis(500));
        assertThat(TelegramBotApi.sendMessageRequests(chat)).hasSize(1);

        assertThat(new Webhook(port).post(Updates.text(nextUpdateId(), chat, "halo lagi")).statusCode()).isEqualTo(200);
        assertThat(recipients.isUnreachable(citizen)).isFalse();
        await().atMost(PATIENCE).until(() -> TelegramBotApi.sendMessageRequests(chat).size() == 2);
    }

    private List<OutboundStatus> statuses(String chat) {
        return transcript.read(new Address(Channel.TELEGRAM, chat), 0, 20).entries().stream()
                .filter(e -> e.direction() == Transcript.Direction.OUT)
                .map(Transcript.Entry::status)
                .toList();
    }
}
