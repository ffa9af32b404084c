package id.satupintu.conversation;

import id.satupintu.TestData;
import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Coordinates;
import id.satupintu.channel.Handoffs;
import id.satupintu.channel.InboundMessage;
import id.satupintu.channel.Inbox;
import id.satupintu.complaint.ComplaintView;
import id.satupintu.complaint.Complaints;
import id.satupintu.nlp.IncidentDates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs every scripted dialogue of {@code src/test/resources/dialogues} through the web chat API
 * against the real engine, classifier and database, and checks the report filed at the end. Each
 * run's transcript is written to {@code target/dialogues/}.
 */
@ConversationTest
class DialogueTest {

    private static final Pattern TRACKING_ID = Pattern.compile("LPR-[A-Z0-9]{4}-[A-Z0-9]{4}");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    Complaints complaints;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.satupintu.conversation.Dialogue#all")
    void dialogue(Dialogue dialogue) throws IOException {
        var run = new Run(dialogue, new WebChat(port), context);
        try {
            for (Map<String, Object> turn : dialogue.turns()) {
                run.play(turn);
            }
        } finally {
            Path out = Path.of("target", "dialogues", dialogue.name().replace(".yml", ".txt"));
            Files.createDirectories(out.getParent());
            Files.writeString(out, run.transcript);
        }
        if (dialogue.filed() != null) {
            checkFiled(dialogue.filed(), run.variables.get("trackingId"));
        }
        if (dialogue.reportsFiled() != null) {
            assertThat(jdbc.sql("select count(*) from complaint where origin_channel = 'web' and sender_address = ?")
                    .param(run.chat.session()).query(Integer.class).single())
                    .as("reports filed").isEqualTo(dialogue.reportsFiled());
        }
    }

    /** One dialogue being played: the chat, the instance it talks to, what it has seen. */
    private final class Run {

        final Dialogue dialogue;
        final WebChat chat;
        final Map<String, String> variables = new HashMap<>();
        final StringBuilder transcript = new StringBuilder();
        ApplicationContext instance;
        int turnNumber;

        Run(Dialogue dialogue, WebChat chat, ApplicationContext instance) {
            this.dialogue = dialogue;
            this.chat = chat;
            this.instance = instance;
            transcript.append("# ").append(dialogue.name()).append(": ").append(dialogue.description()).append("\n\n");
        }

        @SuppressWarnings("unchecked")
        void play(Map<String, Object> turn) {
            turnNumber++;
            WebChat.Answer answer = null;
            if (turn.containsKey("say")) {
                String text = substitute((String) turn.get("say"));
                String id = (String) turn.get("id");
                citizen(text);
                answer = chat.say(text, id);
                if (Boolean.TRUE.equals(turn.get("repeat"))) {
                    WebChat.Answer again = chat.say(text, id);
                    assertThat(again.replies()).as(where("a redelivery gets the first answer")).isEqualTo(answer.replies());
                }
            } else if (turn.containsKey("choose")) {
                String label = substitute((String) turn.get("choose"));
                citizen("[" + label + "]");
                answer = chat.choose(label);
            } else if (turn.containsKey("burst")) {
                List<String> texts = (List<String>) turn.get("burst");
                Inbox inbox = instance.getBean(Inbox.class);
                for (String text : texts) {
                    citizen(text);
                    inbox.accept(inbound(text, null));
                }
                answer = awaitLater();
            } else if (turn.containsKey("pin")) {
                List<Number> at = (List<Number>) turn.get("pin");
                citizen("[location " + at.get(0) + ", " + at.get(1) + "]");
                instance.getBean(Inbox.class).accept(inbound("", new Coordinates(at.get(0).doubleValue(), at.get(1).doubleValue())));
                answer = awaitLater();
            } else if (turn.containsKey("instance")) {
                moveToSecondInstance();
                transcript.append("(the conversation continues on a second instance)\n");
            } else if (turn.containsKey("silence")) {
                Duration silence = Duration.parse((String) turn.get("silence"));
                jdbc.sql("update conversation set last_activity_at = last_activity_at - cast(? as interval) where channel = 'web' and address_id = ?")
                        .params(silence.toSeconds() + " seconds", chat.session()).update();
                transcript.append("(").append(silence.toHours()).append(" hours pass)\n");
            } else if (turn.containsKey("handoff")) {
                Map<String, String> h = (Map<String, String>) turn.get("handoff");
                String code = instance.getBean(Handoffs.class).create(h.get("text"), Channel.ofCode(h.get("origin")),
                        UUID.randomUUID().toString(), h.get("agency"));
                variables.put("code", code);
                transcript.append("(a public post on ").append(h.get("origin")).append(" is handed over: ").append(h.get("text")).append(")\n");
            } else if (turn.containsKey("act")) {
                act((Map<String, String>) turn.get("act"));
                answer = awaitLater();
            } else {
                throw new IllegalArgumentException(where("unknown turn " + turn));
            }
            if (answer != null) {
                check(turn, answer);
            }
        }

        private void act(Map<String, String> action) {
            String trackingId = variables.get("trackingId");
            var admin = TestData.admin();
            String message = action.get("message");
            switch (action.get("do")) {
                case "dispose" -> complaints.dispose(trackingId, admin, null, message);
                case "postpone" -> complaints.postpone(trackingId, admin, message);
                case "archive" -> complaints.archive(trackingId, admin, message);
                default -> throw new IllegalArgumentException(where("unknown action " + action));
            }
            transcript.append("(the administrator: ").append(action.get("do")).append(message == null ? "" : ", \"" + message + "\"").append(")\n");
        }

        private InboundMessage inbound(String text, Coordinates at) {
            return new InboundMessage(new Address(Channel.WEB, chat.session()), chat.session() + "/" + UUID.randomUUID(), text,
                    null, List.of(), at, null, Instant.now());
        }

        /** Replies that come later through the outbox: a batch handled in the background, a notification. */
        private WebChat.Answer awaitLater() {
            AtomicReference<WebChat.Answer> later = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
                WebChat.Answer answer = chat.poll();
                later.set(answer);
                return !answer.replies().isEmpty();
            });
            return later.get();
        }

        private void moveToSecondInstance() {
            var other = OtherInstance.on(dataSource);
            instance = other;
            chat.moveTo(OtherInstance.port(other));
        }

        @SuppressWarnings("unchecked")
        private void check(Map<String, Object> turn, WebChat.Answer answer) {
            String text = answer.text();
            for (WebChat.Reply reply : answer.replies()) {
                transcript.append("SatuPintu: ").append(reply.text().replace("\n", "\n           ")).append('\n');
                if (!reply.choices().isEmpty()) {
                    transcript.append("           ").append(reply.choices()).append('\n');
                }
            }
            Matcher id = TRACKING_ID.matcher(text);
            while (id.find()) {
                variables.put("trackingId", id.group());
            }
            for (String expected : (List<String>) turn.getOrDefault("expect", List.of())) {
                assertThat(pattern(expected).matcher(text).find())
                        .as(where("expected /" + expected + "/ in:\n" + text)).isTrue();
            }
            for (String absent : (List<String>) turn.getOrDefault("absent", List.of())) {
                assertThat(pattern(absent).matcher(text).find())
                        .as(where("did not expect /" + absent + "/ in:\n" + text)).isFalse();
            }
            if (turn.containsKey("choices")) {
                assertThat(answer.lastChoices()).as(where("choices")).containsExactlyElementsOf(
                        ((List<String>) turn.get("choices")).stream().map(this::substitute).toList());
            }
        }

        private Pattern pattern(String regex) {
            return Pattern.compile(substitute(regex), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        }

        private void citizen(String text) {
            transcript.append("Warga:     ").append(text.replace("\n", "\n           ")).append('\n');
        }

        private String substitute(String text) {
            Matcher m = VARIABLE.matcher(text);
            var out = new StringBuilder();
            while (m.find()) {
                String value = variables.get(m.group(1));
                assertThat(value).as(where("${" + m.group(1) + "} is known")).isNotNull();
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String where(String what) {
            return dialogue.name() + ", turn " + turnNumber + ": " + what;
        }
    }

    private void checkFiled(Map<String, Object> expected, String trackingId) {
        assertThat(trackingId).as("a tracking id was given").isNotNull();
        ComplaintView filed = complaints.byTrackingId(trackingId).orElseThrow();
        for (var field : expected.entrySet()) {
            String want = String.valueOf(field.getValue());
            Object actual = switch (field.getKey()) {
                case "kind" -> filed.kind();
                case "category" -> filed.category();
                case "agencyType" -> filed.agencyType();
                case "regionCode" -> filed.regionCode();
                case "routedTo" -> filed.suggestedRouting().agency().code();
                case "placeText" -> filed.placeText();
                case "description" -> filed.description();
                case "privacy" -> filed.reporter().privacy();
                case "name" -> filed.reporter().name();
                case "attachments" -> filed.attachments().size();
                case "incidentDate" -> filed.incidentDate();
                case "location" -> jdbc.sql("select latitude || ',' || longitude from complaint where tracking_id = ?")
                        .param(trackingId).query(String.class).single();
                default -> throw new IllegalArgumentException("Unknown filed field " + field.getKey());
            };
            switch (field.getKey()) {
                case "description", "placeText" -> assertThat(String.valueOf(actual)).as(field.getKey())
                        .containsPattern(Pattern.compile(want, Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
                case "incidentDate" -> assertThat(actual == null ? "none" : actual.toString()).as(field.getKey()).isEqualTo(date(want));
                default -> assertThat(String.valueOf(actual)).as(field.getKey()).isEqualTo("none".equals(want) ? "null" : want);
            }
        }
    }

    /** {@code today}, {@code today-3}, an ISO date, or {@code none}. */
    private static String date(String expected) {
        if (expected.startsWith("today")) {
            LocalDate today = LocalDate.now(IncidentDates.ZONE);
            return (expected.length() > 5 ? today.minusDays(Long.parseLong(expected.substring(6))) : today).toString();
        }
        return expected;
    }
}
