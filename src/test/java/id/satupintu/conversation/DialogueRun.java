package id.satupintu.conversation;

import id.satupintu.TestData;
import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Coordinates;
import id.satupintu.channel.Handoffs;
import id.satupintu.complaint.ComplaintView;
import id.satupintu.complaint.Complaints;
import id.satupintu.nlp.IncidentDates;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One scripted dialogue played by one citizen over a {@link Chat}: each turn sent, its answer
 * checked, and at the end the conversation's step and the reports filed checked against the
 * dialogue's expectations.
 */
final class DialogueRun {

    private static final Pattern TRACKING_ID = Pattern.compile("LPR-[A-Z0-9]{4}-[A-Z0-9]{4}");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    private final Dialogue dialogue;
    private final Chat chat;
    private final Complaints complaints;
    private final Handoffs handoffs;
    private final JdbcClient jdbc;
    private final Map<String, String> variables = new HashMap<>();
    private final StringBuilder transcript = new StringBuilder();
    private int turnNumber;

    /** {@code context}: the instance whose administrator acts on reports and hands public posts over. */
    DialogueRun(Dialogue dialogue, Chat chat, ApplicationContext context) {
        this.dialogue = dialogue;
        this.chat = chat;
        this.complaints = context.getBean(Complaints.class);
        this.handoffs = context.getBean(Handoffs.class);
        this.jdbc = context.getBean(JdbcClient.class);
        transcript.append("# ").append(dialogue.name()).append(": ").append(dialogue.description()).append("\n\n");
    }

    /** Plays every turn; the transcript is written to {@code out} however far it got. */
    void play(Path out) throws IOException {
        try {
            for (Map<String, Object> turn : dialogue.turns()) {
                play(turn);
            }
        } finally {
            Files.createDirectories(out.getParent());
            Files.writeString(out, transcript);
        }
    }

    /** The conversation's last step, the report behind the last tracking id, the reports filed in all. */
    void checkOutcome() {
        Address address = chat.address();
        assertThat(jdbc.sql("select state ->> 'step' from conversation where channel = ? and address_id = ?")
                .params(address.channel().code(), address.id()).query(String.class).single())
                .as(dialogue.name() + ": the conversation's last step").isEqualTo(dialogue.endStep());
        if (dialogue.filed() != null) {
            checkFiled(dialogue.filed(), variables.get("trackingId"));
        }
        if (dialogue.reportsFiled() != null) {
            assertThat(jdbc.sql("select count(*) from complaint where origin_channel = ? and sender_address = ?")
                    .params(address.channel().code(), address.id()).query(Integer.class).single())
                    .as(dialogue.name() + ": reports filed").isEqualTo(dialogue.reportsFiled());
        }
    }

    @SuppressWarnings("unchecked")
    private void play(Map<String, Object> turn) {
        turnNumber++;
        Chat.Answer answer = null;
        if (turn.containsKey("say")) {
            String text = substitute((String) turn.get("say"));
            String id = (String) turn.get("id");
            citizen(text);
            answer = chat.say(text, id);
            if (Boolean.TRUE.equals(turn.get("repeat"))) {
                Chat.Answer again = chat.say(text, id);
                assertThat(again.replies()).as(where("a redelivery gets the first answer")).isEqualTo(answer.replies());
            }
        } else if (turn.containsKey("choose")) {
            String label = substitute((String) turn.get("choose"));
            citizen("[" + label + "]");
            answer = chat.choose(label);
        } else if (turn.containsKey("burst")) {
            List<String> texts = (List<String>) turn.get("burst");
            texts.forEach(this::citizen);
            answer = chat.burst(texts);
        } else if (turn.containsKey("pin")) {
            List<Number> at = (List<Number>) turn.get("pin");
            citizen("[location " + at.get(0) + ", " + at.get(1) + "]");
            answer = chat.pin(new Coordinates(at.get(0).doubleValue(), at.get(1).doubleValue()));
        } else if (turn.containsKey("instance")) {
            chat.moveToSecondInstance();
            transcript.append("(the conversation continues on a second instance)\n");
        } else if (turn.containsKey("silence")) {
            Duration silence = Duration.parse((String) turn.get("silence"));
            jdbc.sql("update conversation set last_activity_at = last_activity_at - cast(? as interval) where channel = ? and address_id = ?")
                    .params(silence.toSeconds() + " seconds", chat.address().channel().code(), chat.address().id()).update();
            transcript.append("(").append(silence.toHours()).append(" hours pass)\n");
        } else if (turn.containsKey("handoff")) {
            Map<String, String> h = (Map<String, String>) turn.get("handoff");
            String code = handoffs.create(h.get("text"), Channel.ofCode(h.get("origin")), UUID.randomUUID().toString(), h.get("agency"));
            variables.put("code", code);
            transcript.append("(a public post on ").append(h.get("origin")).append(" is handed over: ").append(h.get("text")).append(")\n");
        } else if (turn.containsKey("act")) {
            act((Map<String, String>) turn.get("act"));
            answer = chat.later();
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

    @SuppressWarnings("unchecked")
    private void check(Map<String, Object> turn, Chat.Answer answer) {
        String text = answer.text();
        for (Chat.Reply reply : answer.replies()) {
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

    private void checkFiled(Map<String, Object> expected, String trackingId) {
        assertThat(trackingId).as(dialogue.name() + ": a tracking id was given").isNotNull();
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
            String as = dialogue.name() + ": " + field.getKey();
            switch (field.getKey()) {
                case "description", "placeText" -> assertThat(String.valueOf(actual)).as(as)
                        .containsPattern(Pattern.compile(want, Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
                case "incidentDate" -> assertThat(actual == null ? "none" : actual.toString()).as(as).isEqualTo(date(want));
                default -> assertThat(String.valueOf(actual)).as(as).isEqualTo("none".equals(want) ? "null" : want);
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
