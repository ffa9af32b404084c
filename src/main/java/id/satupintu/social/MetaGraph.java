package id.satupintu.social;

import id.satupintu.channel.Delivery;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The Graph API calls of Instagram and Facebook, with the page token ({@code META_PAGE_TOKEN}) in
 * the Authorization header rather than the URL, so it never reaches a log.
 */
class MetaGraph {

    /** Graph's throttling error codes, which it may send with a 400 or 403. */
    private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 613, 80001, 80002, 80005);
    /** Graph writes times as {@code 2026-05-01T08:30:00+0000}. */
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private final RestClient client;

    MetaGraph(URI graphUrl, String pageToken) {
        this.client = SocialHttp.client(graphUrl, pageToken);
    }

    /**
     * A read; empty when the object is gone (Graph answers 400 or 404 with "does not exist").
     *
     * @throws PostTexts.PostUnavailableException when Graph cannot be asked now (throttled, 5xx, unreachable)
     */
    Optional<JsonNode> read(Function<UriBuilder, URI> uri) {
        SocialHttp.Answer answer;
        try {
            answer = SocialHttp.get(client, uri);
        } catch (RestClientException e) {
            throw new PostTexts.PostUnavailableException("Graph API unreachable: " + e.getMessage());
        }
        if (answer.ok()) {
            return Optional.of(answer.body());
        }
        if (throttled(answer) || answer.status() >= 500) {
            throw new PostTexts.PostUnavailableException("Graph API " + answer.problem());
        }
        return Optional.empty();
    }

    /** Posts {@code message} with the other {@code fields} to an edge; the answer's {@code id} is the new object. */
    Delivery post(Function<UriBuilder, URI> uri, String message, String... fields) {
        ObjectNode body = SocialHttp.JSON.createObjectNode();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (fields[i + 1] != null) {
                body.put(fields[i], fields[i + 1]);
            }
        }
        body.put("message", message);
        SocialHttp.Answer answer = SocialHttp.post(client, uri, body);
        if (throttled(answer)) {
            return new Delivery.RetryLater(null, "Graph API throttled: " + answer.problem());
        }
        return SocialHttp.delivery("Graph API", answer, b -> SocialHttp.text(b.path("id")));
    }

    private static boolean throttled(SocialHttp.Answer answer) {
        return answer.status() == 429 || THROTTLED.contains(answer.body().path("error").path("code").asInt(0));
    }

    static Instant time(JsonNode node) {
        String text = SocialHttp.text(node);
        if (text == null) {
            return null;
        }
        if (node.isNumber()) {
            return Instant.ofEpochSecond(node.asLong());
        }
        try {
            return OffsetDateTime.parse(text, GRAPH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
