package id.satupintu.social;

import id.satupintu.channel.Delivery;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The HTTP side shared by the platform clients: one attempt per call (the outbox and the poller
 * decide about retrying), answers as status + headers + JSON, and the providers' answers mapped to
 * a {@link Delivery} the same way for all of them: 429 waits what the rate-limit headers say, 5xx
 * and network failures back off, any other refusal is final.
 */
final class SocialHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private SocialHttp() {
    }

    /** What a provider answered; the body is a missing node when it was no JSON. */
    record Answer(int status, HttpHeaders headers, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** When the provider's rate-limit window resets ({@code x-rate-limit-reset}, epoch seconds) or {@code Retry-After}. */
        Optional<Instant> resetAt() {
            String reset = headers.getFirst("x-rate-limit-reset");
            if (reset != null && reset.strip().matches("\\d{1,12}")) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(reset.strip())));
            }
            String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
            if (retryAfter != null && retryAfter.strip().matches("\\d{1,9}")) {
                return Optional.of(Instant.now().plusSeconds(Long.parseLong(retryAfter.strip())));
            }
            return Optional.empty();
        }

        /** {@code x-rate-limit-remaining}, when given. */
        Optional<Long> remaining() {
            String remaining = headers.getFirst("x-rate-limit-remaining");
            return remaining != null && remaining.strip().matches("\\d{1,12}") ? Optional.of(Long.parseLong(remaining.strip())) : Optional.empty();
        }

        /** The provider's own error message (X: {@code detail}/{@code title}, Graph: {@code error.message}), for logs and reasons. */
        String problem() {
            String graph = body.path("error").path("message").asString("");
            String x = body.path("detail").asString(body.path("title").asString(""));
            String message = !graph.isEmpty() ? graph : x;
            return "HTTP " + status + (message.isEmpty() ? "" : ": " + message);
        }
    }

    static RestClient client(URI baseUrl, String bearerToken) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(Duration.ofSeconds(30));
        return RestClient.builder()
                .requestFactory(factory)
                .baseUrl(baseUrl.toString())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                .build();
    }

    static Answer get(RestClient client, Function<UriBuilder, URI> uri) {
        return client.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange((request, response) ->
                new Answer(response.getStatusCode().value(), response.getHeaders(), json(response.getBody().readAllBytes())));
    }

    static Answer post(RestClient client, Function<UriBuilder, URI> uri, JsonNode body) {
        return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(body))
                .exchange((request, response) ->
                        new Answer(response.getStatusCode().value(), response.getHeaders(), json(response.getBody().readAllBytes())));
    }

    /** A reply call's answer as a delivery; {@code id} reads the new post's id from a successful answer. */
    static Delivery delivery(String provider, Answer answer, Function<JsonNode, String> id) {
        if (answer.ok()) {
            String posted = id.apply(answer.body());
            return new Delivery.Sent(posted == null || posted.isEmpty() ? null : posted);
        }
        String reason = provider + " " + answer.problem();
        if (answer.status() == 429) {
            return new Delivery.RetryLater(answer.resetAt().map(at -> Duration.between(Instant.now(), at))
                    .filter(wait -> !wait.isNegative()).orElse(null), reason);
        }
        if (answer.status() >= 500) {
            return new Delivery.RetryLater(null, reason);
        }
        // The post was deleted (or hidden from us): nothing more can be said under it.
        return new Delivery.Failed(reason, answer.status() == 404);
    }

    /** A JSON field's text; null when it is absent or null. */
    static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    /** A call that did not get an answer at all. */
    static Delivery unreachable(String provider, RestClientException e) {
        return new Delivery.RetryLater(null, provider + " unreachable: " + e.getMessage());
    }

    private static JsonNode json(byte[] body) throws IOException {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }
}
