package id.satupintu.channel.telegram;

import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static id.satupintu.channel.telegram.Updates.nextChatId;
import static id.satupintu.channel.telegram.Updates.nextUpdateId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TelegramTest
@ExtendWith(OutputCaptureExtension.class)
class TelegramLongPollingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    TelegramLongPolling polling;
    @Autowired
    TelegramProperties properties;
    @Autowired
    TelegramInbound inbound;
    @Autowired
    DataSource dataSource;
    @Autowired
    EchoHandler handler;

    @Test
    void onlyOneInstanceSharingTheDatabasePolls(CapturedOutput output) {
        var otherInstance = new TelegramLongPolling(properties, inbound, dataSource, new OkHttpClient());
        polling.start();
        try {
            otherInstance.start();
            assertThat(otherInstance.isRunning()).isFalse();
            assertThat(output).contains("Telegram long polling is already running on another instance");
        } finally {
            polling.stop();
        }

        otherInstance.start();
        try {
            assertThat(otherInstance.isRunning()).as("takes over once the lock is free").isTrue();
        } finally {
            otherInstance.stop();
        }
    }

    @Test
    void updatesRedeliveredAfterARestartAreProcessedOnce() {
        String chat = nextChatId();
        long id = nextUpdateId();
        String update = Updates.text(id, chat, "drainase tersumbat");
        Address from = new Address(Channel.TELEGRAM, chat);

        TelegramBotApi.serveUpdates(List.of(update));
        pollUntil(() -> handler.received(from).size() == 1);
        // As if stopped before the next getUpdates confirmed it: Telegram delivers it again.
        TelegramBotApi.serveUpdates(List.of(update));
        long confirmations = confirmations(id);
        pollUntil(() -> confirmations(id) > confirmations);

        TelegramWebhookTest.sleep(Duration.ofMillis(800));
        assertThat(handler.received(from)).hasSize(1);
        assertThat(TelegramBotApi.sendMessageRequests(chat)).hasSize(1);
    }

    /** getUpdates calls that confirm an update: the poller took it and asks for the ones after it. */
    private static long confirmations(long updateId) {
        return TelegramBotApi.getUpdatesRequests().stream()
                .filter(r -> r.getBodyAsString().contains("\"offset\":" + (updateId + 1) + ","))
                .count();
    }

    @Test
    void aConflictWithAnotherPollerIsExplainedOnceAndPollingGoesOn(CapturedOutput output) {
        String chat = nextChatId();
        Address from = new Address(Channel.TELEGRAM, chat);
        TelegramBotApi.answerGetUpdates(
                TelegramBotApi.error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", null),
                TelegramBotApi.error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", null),
                okJson("{\"ok\":true,\"result\":[" + Updates.text(nextUpdateId(), chat, "sampah belum diangkut") + "]}"));

        pollUntil(() -> handler.received(from).size() == 1);

        String explanation = "Telegram refuses getUpdates with 409 Conflict";
        assertThat(output.getAll()).contains(explanation).contains("only one bot instance is running");
        assertThat(output.getAll().split(explanation, -1)).as("said once").hasSize(2);
        assertThat(output.getAll()).doesNotContain(TelegramBotApi.TOKEN);
    }

    @Test
    void aPhotoThatCannotBeFetchedYetHoldsPollingUntilItCan() {
        String chat = nextChatId();
        var photo = TelegramBotApi.photoServedAfterABadGateway(chat, "got besar");
        String later = nextChatId();
        TelegramBotApi.serveUpdates(List.of(photo.update(), Updates.text(nextUpdateId(), later, "dan satu lagi")));
        Address from = new Address(Channel.TELEGRAM, chat);

        pollUntil(() -> !handler.received(new Address(Channel.TELEGRAM, later)).isEmpty());

        assertThat(handler.received(from)).singleElement()
                .satisfies(message -> assertThat(message.attachments().getFirst().content()).isEqualTo(photo.content()));
    }

    private void pollUntil(java.util.concurrent.Callable<Boolean> done) {
        polling.start();
        try {
            await().atMost(PATIENCE).until(done);
        } finally {
            polling.stop();
        }
    }
}
