package id.satupintu.conversation;

import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Coordinates;
import id.satupintu.channel.InboundMessage;
import id.satupintu.channel.Inbox;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/**
 * A citizen at the web chat API of one instance, as the page talks to it. Bursts and shared
 * locations, which the page cannot send, go to that instance's inbox as a messenger's webhook
 * would hand them over.
 */
final class WebChat implements Chat {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String session;
    private ApplicationContext instance;
    private int port;
    private long cursor;

    WebChat(ApplicationContext instance) {
        this("dialogue-" + UUID.randomUUID(), instance);
    }

    private WebChat(String session, ApplicationContext instance) {
        this.session = session;
        this.instance = instance;
        this.port = OtherInstance.port(instance);
    }

    /** Another browser tab of the same citizen. */
    static WebChat onSession(String session, ApplicationContext instance) {
        return new WebChat(session, instance);
    }

    String session() {
        return session;
    }

    @Override
    public Address address() {
        return new Address(Channel.WEB, session);
    }

    /** The page is the same, the server behind it changed. */
    @Override
    public void moveToSecondInstance() {
        instance = OtherInstance.on(instance.getBean(DataSource.class));
        port = OtherInstance.port(instance);
    }

    @Override
    public Answer say(String text, String id) {
        return post(text, null, id);
    }

    /** A click on a button: the page posts its label as text and as choice. */
    @Override
    public Answer choose(String label) {
        return post(label, label, null);
    }

    @Override
    public Answer burst(List<String> texts) {
        Inbox inbox = instance.getBean(Inbox.class);
        texts.forEach(text -> inbox.accept(inbound(text, null)));
        return later();
    }

    @Override
    public Answer pin(Coordinates at) {
        instance.getBean(Inbox.class).accept(inbound("", at));
        return later();
    }

    @Override
    public Answer later() {
        AtomicReference<Answer> later = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Answer answer = poll();
            later.set(answer);
            return !answer.replies().isEmpty();
        });
        return later.get();
    }

    private InboundMessage inbound(String text, Coordinates at) {
        return new InboundMessage(address(), session + "/" + UUID.randomUUID(), text, null, List.of(), at, null, Instant.now());
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
    private Answer poll() {
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
