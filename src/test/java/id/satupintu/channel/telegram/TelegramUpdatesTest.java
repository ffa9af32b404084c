package id.satupintu.channel.telegram;

import id.satupintu.channel.Address;
import id.satupintu.channel.Attachment;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Coordinates;
import id.satupintu.channel.InboundMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static id.satupintu.channel.telegram.Updates.DATE;
import static id.satupintu.channel.telegram.Updates.nextChatId;
import static id.satupintu.channel.telegram.Updates.nextUpdateId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A table of real Bot API updates, each with the inbound message the inbox stores for it and the
 * sendMessage the test conversation's reply becomes; run through the webhook and through long polling.
 */
@TelegramTest
class TelegramUpdatesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String SENDER = "Budi Santoso";

    @LocalServerPort
    int port;
    @Autowired
    EchoHandler handler;
    @Autowired
    TelegramLongPolling polling;

    /**
     * @param expected     the message as the inbox hands it to the conversation
     * @param receivedNow  the update carries no time of its own (a button press): received when it came
     * @param replyJson    the whole sendMessage body the reply becomes
     */
    record Case(String name, String chatId, String update, InboundMessage expected, boolean receivedNow, String replyJson) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String chat = nextChatId();
        long id = nextUpdateId();
        cases.add(new Case("text", chat, Updates.text(id, chat, "jalan depan SDN 3 rusak parah"),
                message(chat, id, "jalan depan SDN 3 rusak parah", null, List.of(), null, DATE), false,
                reply(chat, "Diterima: jalan depan SDN 3 rusak parah")));

        chat = nextChatId();
        id = nextUpdateId();
        cases.add(new Case("/start with a deep-link payload", chat, Updates.text(id, chat, "/start lapor-7f3a9c"),
                message(chat, id, "/start lapor-7f3a9c", null, List.of(), null, DATE), false,
                reply(chat, "Diterima: /start lapor-7f3a9c")));

        chat = nextChatId();
        id = nextUpdateId();
        byte[] jpeg = ("\u00ff\u00d8\u00ff\u00e0 photo of update " + id).getBytes(StandardCharsets.ISO_8859_1);
        TelegramBotApi.serveFile("large-" + id, "photos/file_" + id + ".jpg", jpeg);
        cases.add(new Case("photo with caption: the largest size, fetched", chat,
                Updates.photo(id, chat, "sampah menumpuk di pasar", "small-" + id, "large-" + id),
                message(chat, id, "sampah menumpuk di pasar", null, List.of(new Attachment("file_" + id + ".jpg", "image/jpeg", jpeg)),
                        null, DATE), false,
                reply(chat, "Foto diterima: sampah menumpuk di pasar")));

        chat = nextChatId();
        id = nextUpdateId();
        cases.add(new Case("shared location", chat, Updates.location(id, chat, -3.7928, 102.2608),
                message(chat, id, "", null, List.of(), new Coordinates(-3.7928, 102.2608), DATE), false,
                reply(chat, "Lokasi: -3.7928, 102.2608")));

        chat = nextChatId();
        id = nextUpdateId();
        cases.add(new Case("inline button: the choice and its label", chat,
                Updates.buttonPressed(id, chat, "cb-" + id, "jalan"),
                message(chat, id, "Jalan rusak", "jalan", List.of(), null, DATE), true,
                reply(chat, "Pilihan Anda: jalan")));

        chat = nextChatId();
        id = nextUpdateId();
        cases.add(new Case("edited message: read as a new message", chat,
                Updates.edited(id, chat, "jalan depan SDN 3 rusak, sudah 2 bulan"),
                message(chat, id, "jalan depan SDN 3 rusak, sudah 2 bulan", null, List.of(), null, DATE + 60), false,
                reply(chat, "Diterima: jalan depan SDN 3 rusak, sudah 2 bulan")));

        chat = nextChatId();
        id = nextUpdateId();
        cases.add(new Case("sticker: an empty message", chat, Updates.sticker(id, chat),
                message(chat, id, "", null, List.of(), null, DATE), false,
                reply(chat, EchoHandler.ASK_FOR_TEXT)));

        chat = nextChatId();
        id = nextUpdateId();
        cases.add(new Case("reply with choices: an inline keyboard", chat, Updates.text(id, chat, "saya mau pilih kategori"),
                message(chat, id, "saya mau pilih kategori", null, List.of(), null, DATE), false,
                """
                {"chat_id":"%s","text":"Pilih kategori","method":"sendmessage",
                 "reply_markup":{"inline_keyboard":[[{"text":"Jalan rusak","callback_data":"jalan"}],
                                                    [{"text":"Sampah","callback_data":"sampah"}]]}}""".formatted(chat)));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachKindOfUpdateThroughTheWebhook(Case c) {
        assertThat(new Webhook(port).post(c.update()).statusCode()).isEqualTo(200);

        assertStoredAndAnswered(c);
    }

    @Test
    void everyKindOfUpdateThroughLongPolling() {
        List<Case> cases = cases();
        TelegramBotApi.serveUpdates(cases.stream().map(Case::update).toList());
        long lastUpdateId = cases.stream().mapToLong(c -> Long.parseLong(c.expected().providerMessageId())).max().orElseThrow();

        polling.start();
        try {
            cases.forEach(this::assertStoredAndAnswered);
            // The next getUpdates confirms the batch, so that Telegram forgets it.
            await().atMost(PATIENCE).until(() -> TelegramBotApi.getUpdatesRequests().stream()
                    .anyMatch(r -> r.getBodyAsString().contains("\"offset\":" + (lastUpdateId + 1))));
        } finally {
            polling.stop();
        }
        assertThat(TelegramBotApi.getUpdatesRequests().getLast().getBodyAsString())
                .contains("\"allowed_updates\":[\"message\",\"edited_message\",\"callback_query\",\"my_chat_member\"]");
    }

    private void assertStoredAndAnswered(Case c) {
        Address from = c.expected().from();
        await(c.name()).atMost(PATIENCE).until(() -> !handler.received(from).isEmpty());
        InboundMessage stored = handler.received(from).getFirst();
        assertThat(stored).as(c.name()).usingRecursiveComparison().ignoringFields("receivedAt").isEqualTo(c.expected());
        if (c.receivedNow()) {
            assertThat(stored.receivedAt()).isBetween(Instant.now().minus(PATIENCE), Instant.now());
        } else {
            assertThat(stored.receivedAt()).isEqualTo(c.expected().receivedAt());
        }
        await(c.name()).atMost(PATIENCE).until(() -> TelegramBotApi.sendMessageRequests(c.chatId(), c.replyJson()).size() == 1);
        assertThat(TelegramBotApi.sendMessageRequests(c.chatId())).as("only the one reply").hasSize(1);
        if (c.expected().choice() != null) {
            assertThat(TelegramBotApi.answerCallbackQueryRequests("cb-" + c.expected().providerMessageId())).hasSize(1);
        }
        assertThat(handler.received(from)).as("processed once").hasSize(1);
    }

    private static InboundMessage message(String chat, long updateId, String text, String choice, List<Attachment> attachments,
                                          Coordinates coordinates, long date) {
        return new InboundMessage(new Address(Channel.TELEGRAM, chat), String.valueOf(updateId), text, choice, attachments,
                coordinates, SENDER, Instant.ofEpochSecond(date));
    }

    private static String reply(String chat, String text) {
        return "{\"chat_id\":\"" + chat + "\",\"text\":\"" + text + "\",\"method\":\"sendmessage\"}";
    }
}
