package id.satupintu.channel.telegram;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.satupintu.channel.ReportingCitizen;
import id.satupintu.complaint.ComplaintView;
import id.satupintu.complaint.Complaints;
import id.satupintu.complaint.ReporterAddress;
import id.satupintu.taxonomy.Category;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static id.satupintu.channel.telegram.Updates.nextChatId;
import static id.satupintu.channel.telegram.Updates.nextUpdateId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * A whole report filed from Telegram with the real conversation engine: Update JSON in (through
 * the webhook, or served to long polling), the bot's sendMessage calls with their inline keyboards
 * read off {@link TelegramBotApi}, buttons pressed as callback queries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(TelegramTest.SETTINGS)
@ContextConfiguration(initializers = TelegramTestContext.class)
class TelegramReportTest {

    private static final String COMPLAINT =
            "Jalan di depan SDN 3 Pendopo rusak parah, sudah tiga minggu berlubang dan banyak motor jatuh";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TelegramLongPolling polling;
    @Autowired
    Complaints complaints;

    @Test
    void aReportWithAPhotoThroughTheWebhook() {
        String chat = nextChatId();
        long photoUpdate = nextUpdateId();
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x4A, 0x50, 0x47};
        TelegramBotApi.serveFile("big-" + photoUpdate, "photos/file_" + photoUpdate + ".jpg", jpeg);
        Webhook webhook = new Webhook(port);

        var citizen = new Citizen(chat, update -> assertThat(webhook.post(update).statusCode()).isEqualTo(200));
        String trackingId = citizen.fileReport(Updates.photo(photoUpdate, chat, COMPLAINT, "small-" + photoUpdate,
                "big-" + photoUpdate));

        ComplaintView filed = filedBy(chat, trackingId);
        assertThat(filed.category()).isEqualTo(Category.INFRASTRUKTUR);
        assertThat(filed.regionCode()).isEqualTo("16.11.02");
        assertThat(filed.suggestedRouting().agency().code()).isEqualTo("DINAS_PUPR-16.11");
        assertThat(filed.reporter().name()).isEqualTo(ReportingCitizen.NAME);
        assertThat(filed.attachments()).singleElement()
                .satisfies(a -> assertThat(a.size()).isEqualTo(jpeg.length));
        citizen.pressedButtons().forEach(id -> assertThat(TelegramBotApi.answerCallbackQueryRequests(id))
                .as("button %s stops spinning", id).isNotEmpty());
    }

    @Test
    void aReportThatNamesNoPlaceThroughLongPolling() {
        String chat = nextChatId();
        var citizen = new Citizen(chat, update -> TelegramBotApi.serveUpdates(List.of(update)));
        polling.start();
        try {
            String trackingId = citizen.fileReport(Updates.text(nextUpdateId(), chat,
                    "Sampah di pinggir pasar sudah menumpuk dua minggu tidak diangkut, baunya menyengat sampai ke rumah warga"));

            ComplaintView filed = filedBy(chat, trackingId);
            assertThat(filed.category()).isEqualTo(Category.LINGKUNGAN);
            assertThat(filed.regionCode()).isEqualTo("16.11.02");
            assertThat(citizen.said()).contains(ReportingCitizen.PLACE);
        } finally {
            polling.stop();
        }
    }

    private ComplaintView filedBy(String chat, String trackingId) {
        List<ComplaintView> filed = complaints.findForReporter(new ReporterAddress("telegram", chat));
        assertThat(filed).extracting(ComplaintView::trackingId).containsExactly(trackingId);
        return complaints.byTrackingId(trackingId).orElseThrow();
    }

    /** One Telegram user answering the bot as {@link ReportingCitizen} does. */
    private static final class Citizen {

        private final String chat;
        private final Consumer<String> deliver;
        private final List<String> pressed = new ArrayList<>();
        private final List<String> said = new ArrayList<>();
        private int read;

        Citizen(String chat, Consumer<String> deliver) {
            this.chat = chat;
            this.deliver = deliver;
        }

        String fileReport(String firstUpdate) {
            deliver.accept(firstUpdate);
            for (int moves = 0; moves < 12; moves++) {
                JsonNode message = nextBotMessage();
                Optional<ReportingCitizen.Move> move = ReportingCitizen.answer(message.path("text").asString(), labels(message));
                if (move.isEmpty()) {
                    continue;
                }
                switch (move.get()) {
                    case ReportingCitizen.Filed filed -> {
                        return filed.trackingId();
                    }
                    case ReportingCitizen.Type type -> {
                        said.add(type.text());
                        deliver.accept(Updates.text(nextUpdateId(), chat, type.text()));
                    }
                    case ReportingCitizen.Pick pick -> {
                        String callbackId = UUID.randomUUID().toString();
                        pressed.add(callbackId);
                        deliver.accept(Updates.buttonPressed(nextUpdateId(), chat, callbackId, data(message, pick.label())));
                    }
                }
            }
            return fail("no tracking id after 12 moves; the bot said: " + texts());
        }

        List<String> pressedButtons() {
            return pressed;
        }

        List<String> said() {
            return said;
        }

        private JsonNode nextBotMessage() {
            await().atMost(Duration.ofSeconds(30)).until(() -> sent().size() > read);
            return JSON.readTree(sent().get(read++).getBodyAsString());
        }

        private List<LoggedRequest> sent() {
            return TelegramBotApi.sendMessageRequests(chat).stream()
                    .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
        }

        private List<String> texts() {
            return sent().stream().map(r -> JSON.readTree(r.getBodyAsString()).path("text").asString()).toList();
        }

        private static List<String> labels(JsonNode message) {
            List<String> labels = new ArrayList<>();
            message.path("reply_markup").path("inline_keyboard")
                    .forEach(row -> row.forEach(button -> labels.add(button.path("text").asString())));
            return labels;
        }

        private static String data(JsonNode message, String label) {
            for (JsonNode row : message.path("reply_markup").path("inline_keyboard")) {
                for (JsonNode button : row) {
                    if (button.path("text").asString().equals(label)) {
                        return button.path("callback_data").asString();
                    }
                }
            }
            throw new IllegalStateException("no button " + label);
        }
    }
}
