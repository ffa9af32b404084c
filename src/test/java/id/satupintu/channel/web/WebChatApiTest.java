package id.satupintu.channel.web;

import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.MessagingTest;
import id.satupintu.channel.OutboundMessage;
import id.satupintu.channel.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The web chat API as ../shared/contracts.md fixes it, over real HTTP. */
@MessagingTest
class WebChatApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPostIsAnsweredWithTheRepliesAndTheirChoices() {
        String session = newSession();
        Response response = post("application/json", body(session, "m1", "jalan rusak, tolong pilih", null));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("replies")).hasSize(1);
        JsonNode reply = response.json().get("replies").get(0);
        assertThat(reply.get("text").asString()).isEqualTo("Diterima: jalan rusak, tolong pilih");
        assertThat(reply.get("choices")).extracting(JsonNode::asString).containsExactly("Jalan rusak", "Sampah");
        assertThat(response.json().has("next")).isFalse();
    }

    @Test
    void aClickedChoiceReachesTheHandlerAsTheChoicesValue() {
        String session = newSession();
        post("application/json", body(session, "m1", "tolong pilih", null));

        Response response = post("application/json", body(session, "m2", "Sampah", "Sampah"));

        assertThat(response.json().get("replies").get(0).get("text").asString()).isEqualTo("Pilihan Anda: sampah");
        assertThat(response.json().get("replies").get(0).get("choices")).isEmpty();
    }

    @Test
    void aRetriedPostWithTheSameIdIsAnsweredAgainButHandledOnce() {
        String session = newSession();
        String body = body(session, "client-7", "sampah menumpuk", null);

        Response first = post("application/json", body);
        Response retry = post("application/json", body);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(jdbc.sql("select count(*) from inbound_message where channel = 'web' and address_id = ?")
                .param(session).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbound_message where channel = 'web' and address_id = ?")
                .param(session).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void laterMessagesComeWithACursorAndRepliesAlreadyGivenAreNotRepeated() {
        String session = newSession();
        post("application/json", body(session, "m1", "halo", null));
        Response none = get("session=" + session);
        assertThat(none.json().get("replies")).isEmpty();

        outbox.enqueue(new OutboundMessage(new Address(Channel.WEB, session), "Laporan LPR-AB12-CD34 diverifikasi",
                List.of(), new OutboundMessage.Notification("LPR-AB12-CD34", "DIVERIFIKASI")));
        Response later = get("session=" + session + "&after=" + none.json().get("next").asLong());

        assertThat(later.status()).isEqualTo(200);
        assertThat(later.json().get("replies")).singleElement().satisfies(reply -> {
            assertThat(reply.get("text").asString()).isEqualTo("Laporan LPR-AB12-CD34 diverifikasi");
            assertThat(reply.get("choices")).isEmpty();
        });
        long next = later.json().get("next").asLong();
        assertThat(next).isGreaterThan(none.json().get("next").asLong());
        assertThat(get("session=" + session + "&after=" + next).json().get("replies")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no session          | application/json | {"text":"halo"}                                        | 400 | session must be 8 to 64 characters
            short session       | application/json | {"session":"abc","text":"halo"}                        | 400 | session must be 8 to 64 characters
            long session        | application/json | {"session":"X65","text":"halo"}                       | 400 | session must be 8 to 64 characters
            blank session       | application/json | {"session":"          ","text":"halo"}                 | 400 | session must be 8 to 64 characters
            no text             | application/json | {"session":"sesi-1234"}                                | 400 | text must not be empty
            blank text          | application/json | {"session":"sesi-1234","text":"   "}                   | 400 | text must not be empty
            over-long text      | application/json | {"session":"sesi-1234","text":"X2001"}                | 400 | text must be at most 2000 characters
            over-long choice    | application/json | {"session":"sesi-1234","text":"x","choice":"X65"}     | 400 | choice must be at most 64 bytes
            over-long id        | application/json | {"session":"sesi-1234","text":"x","id":"X65"}         | 400 | id must be 1 to 64 characters
            malformed JSON      | application/json | {"session":"sesi-1234","text":                         | 400 | The body must be a JSON object
            not an object       | application/json | ["halo"]                                               | 400 | The body must be a JSON object
            empty body          | application/json | ''                                                     | 400 | The body must be a JSON object
            form body           | application/x-www-form-urlencoded | session=sesi-1234&text=halo           | 415 | Content-Type
            plain text          | text/plain       | halo                                                   | 415 | Content-Type
            """)
    void badPostsAreAnsweredWithAProblemDetail(String name, String contentType, String body, int status, String detail) {
        Response response = post(contentType, body.replace("X2001", "x".repeat(2001)).replace("X65", "x".repeat(65)));

        assertProblem(response, status, detail);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no session       | after=0                        | 400 | session
            short session    | session=abc                    | 400 | session must be 8 to 64 characters
            cursor not a number | session=sesi-1234&after=abc | 400 | after
            negative cursor  | session=sesi-1234&after=-1     | 400 | after must not be negative
            """)
    void badPollsAreAnsweredWithAProblemDetail(String name, String query, int status, String detail) {
        assertProblem(get(query), status, detail);
    }

    private static void assertProblem(Response response, int status, String detail) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).contains(detail);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "id.satupintu");
    }

    private static String newSession() {
        return "sesi-" + UUID.randomUUID();
    }

    private static String body(String session, String id, String text, String choice) {
        var node = JSON.createObjectNode().put("session", session).put("id", id).put("text", text);
        if (choice != null) {
            node.put("choice", choice);
        }
        return JSON.writeValueAsString(node);
    }

    record Response(int status, String contentType, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Response post(String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(""))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private Response get(String query) {
        return send(HttpRequest.newBuilder(uri("?" + query)).header("Accept", "application/json").GET());
    }

    private URI uri(String query) {
        return URI.create("http://localhost:" + port + "/api/v1/webchat/messages" + query);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
