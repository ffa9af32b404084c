package id.satupintu.channel.telegram;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Recipients;
import id.satupintu.channel.Transcript;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import static id.satupintu.channel.telegram.Updates.nextChatId;
import static id.satupintu.channel.telegram.Updates.nextUpdateId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TelegramTest
class TelegramWebhookTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;
    @Autowired
    EchoHandler handler;
    @Autowired
    Transcript transcript;
    @Autowired
    Recipients recipients;

    @Test
    void theWebhookIsRegisteredWithItsSecretAndRetriedAfterFloodControl() {
        await().atMost(PATIENCE).until(() -> TelegramBotApi.setWebhookRequests().size() >= 2);
        List<ServeEvent> calls = TelegramBotApi.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().endsWith("/setWebhook"))
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .toList();

        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).getResponse().getStatus()).isEqualTo(429);
        assertThat(calls.get(1).getResponse().getStatus()).isEqualTo(200);
        assertThat(Duration.between(calls.get(0).getRequest().getLoggedDate().toInstant(),
                calls.get(1).getRequest().getLoggedDate().toInstant())).as("retry_after 1").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        var registered = calls.get(1).getRequest();
        assertThat(registered.getPart("url").getBody().asString()).isEqualTo(TelegramTest.PUBLIC_BASE_URL + "/webhooks/telegram");
        assertThat(registered.getPart("secret_token").getBody().asString()).isEqualTo(TelegramTest.SECRET);
        assertThat(registered.getPart("allowed_updates").getBody().asString())
                .isEqualTo("[\"message\",\"edited_message\",\"callback_query\",\"my_chat_member\"]");
    }

    @Test
    void aMissingSecretIsRejectedAndNothingIsStored() {
        String chat = nextChatId();
        HttpResponse<String> response = new Webhook(port).post(Updates.text(nextUpdateId(), chat, "jalan rusak"), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("X-Telegram-Bot-Api-Secret-Token header is missing");
        assertNothingStored(chat);
    }

    @Test
    void aWrongSecretIsRejectedAndNothingIsStored() {
        String chat = nextChatId();
        HttpResponse<String> response = new Webhook(port).post(Updates.text(nextUpdateId(), chat, "jalan rusak"), "guessed-secret");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("does not match");
        assertNothingStored(chat);
    }

    @Test
    void malformedJsonIsABadRequestWithAClearMessage() {
        HttpResponse<String> response = new Webhook(port).post("{\"update_id\": 1, \"message\": {", TelegramTest.SECRET);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The body is not a JSON Telegram Update").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void jsonThatIsNoUpdateIsABadRequest() {
        assertThat(new Webhook(port).post("{\"message\":{\"text\":\"halo\"}}").statusCode()).isEqualTo(400);
        assertThat(new Webhook(port).post("{\"update_id\":\"satu\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> response = new Webhook(port).post("null");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("update_id is missing");
    }

    @Test
    void theSameUpdateDeliveredTwiceIsProcessedOnce() {
        String chat = nextChatId();
        String update = Updates.text(nextUpdateId(), chat, "lampu jalan mati");
        Address from = new Address(Channel.TELEGRAM, chat);

        assertThat(new Webhook(port).post(update).statusCode()).isEqualTo(200);
        assertThat(new Webhook(port).post(update).statusCode()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> TelegramBotApi.sendMessageRequests(chat).size() == 1);
        assertThat(new Webhook(port).post(update).statusCode()).isEqualTo(200);

        sleep(Duration.ofMillis(800));
        assertThat(handler.received(from)).hasSize(1);
        assertThat(transcript.read(from, 0, 10).entries()).extracting(Transcript.Entry::direction)
                .containsExactly(Transcript.Direction.IN, Transcript.Direction.OUT);
        assertThat(TelegramBotApi.sendMessageRequests(chat)).hasSize(1);
    }

    @Test
    void updatesThatSayNothingAreAcknowledgedAndIgnored() {
        String chat = nextChatId();
        String group = nextChatId();

        assertThat(new Webhook(port).post(Updates.pinned(nextUpdateId(), chat)).statusCode()).isEqualTo(200);
        assertThat(new Webhook(port).post(Updates.inGroup(nextUpdateId(), group, "halo semua")).statusCode()).isEqualTo(200);
        assertThat(new Webhook(port).post("{\"update_id\":" + nextUpdateId() + ",\"inline_query\":{\"id\":\"9\",\"from\":"
                + "{\"id\":1,\"is_bot\":false,\"first_name\":\"Budi\"},\"query\":\"lapor\",\"offset\":\"\"}}").statusCode()).isEqualTo(200);

        assertNothingStored(chat);
        assertNothingStored("-" + group);
    }

    @Test
    void aCitizenWhoBlocksTheBotIsUnreachableUntilTheyWriteAgain() {
        String chat = nextChatId();
        Address citizen = new Address(Channel.TELEGRAM, chat);

        assertThat(new Webhook(port).post(Updates.blocked(nextUpdateId(), chat)).statusCode()).isEqualTo(200);
        assertThat(recipients.isUnreachable(citizen)).isTrue();

        assertThat(new Webhook(port).post(Updates.text(nextUpdateId(), chat, "/start")).statusCode()).isEqualTo(200);
        assertThat(recipients.isUnreachable(citizen)).isFalse();
        await().atMost(PATIENCE).until(() -> TelegramBotApi.sendMessageRequests(chat).size() == 1);
    }

    @Test
    void aPhotoTelegramCannotServeNowIsAnsweredWith503AndTakenWhenRedelivered() {
        String chat = nextChatId();
        var photo = TelegramBotApi.photoServedAfterABadGateway(chat, "got besar");
        String update = photo.update();

        HttpResponse<String> first = new Webhook(port).post(update);
        assertThat(first.statusCode()).isEqualTo(503);
        assertNothingStored(chat);

        assertThat(new Webhook(port).post(update).statusCode()).isEqualTo(200);
        Address from = new Address(Channel.TELEGRAM, chat);
        await().atMost(PATIENCE).until(() -> !handler.received(from).isEmpty());
        assertThat(handler.received(from).getFirst().attachments()).singleElement()
                .satisfies(stored -> assertThat(stored.content()).isEqualTo(photo.content()));
    }

    private void assertNothingStored(String chatId) {
        sleep(Duration.ofMillis(500));
        Address from = new Address(Channel.TELEGRAM, chatId);
        assertThat(transcript.read(from, 0, 10).entries()).isEmpty();
        assertThat(handler.received(from)).isEmpty();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
