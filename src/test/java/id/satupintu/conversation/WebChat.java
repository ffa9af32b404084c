package id.satupintu.conversation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A citizen at the web chat API of one instance, as the page talks to it. */
final class WebChat {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One bot message as the API gives it. */
    record Reply(String text, List<String> choices) {
    }

    record Answer(int status, List<Reply> replies) {

        String text() {
            return String.join("\n", replies.stream().map(Reply::text).toList());
        }

        List<String> lastChoices() {
            return replies.isEmpty() ? List.of() : replies.getLast().choices();
        }
    }

    private final String session;
    private int port;
    private long cursor;

    WebChat(int port) {
        this("dialogue-" + UUID.randomUUID(), port);
    }

    private WebChat(String session, int port) {
        this.session = session;
        this.port = port;
    }

    /** Another browser tab of the same citizen. */
    static WebChat onSession(String session, int port) {
        return new WebChat(session, port);
    }

    String session() {
        return session;
    }

    /** Later messages go to another instance (the page is the same, the server behind it changed). */
    void moveTo(int otherPort) {
        this.port = otherPort;
    }

    Answer say(String text, String id) {
        return post(text, null, id);
    }

    /** A click on a button: the page posts its label as text and as choice. */
    Answer choose(String label) {
        return post(label, label, null);
    }

    private Answer post(String text, String choice, String id) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("session", session);
        body.put("text", text);
        if (choice != null) {
            body.put("choice", choice);
        }
        body.put("id", id == null ? UUID.randomUUID().toString() : id);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/webchat/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return send(request);
    }

    /** Messages that came later (not in a post's response), from the cursor on. */
    Answer poll() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/webchat/messages?session="
                + URLEncoder.encode(session, StandardCharsets.UTF_8) + "&after=" + cursor)).GET().build();
        return send(request);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(response.body());
            List<Reply> replies = new ArrayList<>();
            if (json.has("replies")) {
                for (JsonNode reply : json.get("replies")) {
                    List<String> choices = new ArrayList<>();
                    reply.get("choices").forEach(c -> choices.add(c.asString()));
                    replies.add(new Reply(reply.get("text").asString(), choices));
                }
            }
            if (json.has("next")) {
                cursor = json.get("next").asLong();
            }
            return new Answer(response.statusCode(), replies);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
