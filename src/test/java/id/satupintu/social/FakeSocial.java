package id.satupintu.social;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * WireMock playing X API v2 (at its root) and the Graph API (under {@code /v23.0}), one server per
 * JVM. Answers are shaped as the providers document them. {@link #reset} before each test puts back
 * the defaults: posting a tweet or a Graph reply succeeds with a fresh id.
 */
public final class FakeSocial {

    public static final String X_APP_TOKEN = "test-x-app-token";
    public static final String X_USER_TOKEN = "test-x-user-token";
    public static final String META_APP_SECRET = "test-meta-app-secret";
    public static final String META_VERIFY_TOKEN = "test-meta-verify-token";
    public static final String META_PAGE_TOKEN = "test-meta-page-token";
    public static final String FORWARDING_SECRET = "test-forwarding-secret";
    public static final String GRAPH = "/v23.0";

    private static final FakeSocial INSTANCE = new FakeSocial();

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().globalTemplating(false));

    private FakeSocial() {
        server.start();
        reset();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }

    public static FakeSocial instance() {
        return INSTANCE;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Settings {

        @Bean
        DynamicPropertyRegistrar fakeSocialUrls() {
            return registry -> {
                registry.add("satupintu.social.x.api-url", INSTANCE.server::baseUrl);
                registry.add("satupintu.social.meta.graph-url", () -> INSTANCE.server.baseUrl() + GRAPH);
            };
        }
    }

    public void reset() {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/2/tweets")).atPriority(10).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"data\":{\"id\":\"19" + System.nanoTime() % 100000000000000000L + "\",\"text\":\"ok\"}}")));
        server.stubFor(post(urlPathMatching(GRAPH + "/.*")).atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"17900000000000001\"}")));
    }

    // ---- X ----------------------------------------------------------------------------------

    /** A post in the mentions timeline, as {@code data[]} shows it. */
    public record Tweet(String id, String authorId, String username, String text) {
    }

    /** One page of {@code GET /2/users/:id/mentions}: data, includes.users and meta as the docs show. */
    public static String mentionsPage(List<Tweet> tweets, String nextToken) {
        StringBuilder data = new StringBuilder();
        StringBuilder users = new StringBuilder();
        for (Tweet t : tweets) {
            data.append(data.isEmpty() ? "" : ",").append("""
                    {"id":"%s","text":%s,"author_id":"%s","created_at":"2026-11-30T02:15:00.000Z",
                     "conversation_id":"%s","edit_history_tweet_ids":["%s"],"lang":"in"}""".formatted(t.id(),
                    SocialHttp.JSON.writeValueAsString(t.text()), t.authorId(), t.id(), t.id()));
            users.append(users.isEmpty() ? "" : ",").append("""
                    {"id":"%s","name":"Warga","username":"%s"}""".formatted(t.authorId(), t.username()));
        }
        String meta = tweets.isEmpty() ? "{\"result_count\":0}" : """
                {"newest_id":"%s","oldest_id":"%s","result_count":%d%s}""".formatted(tweets.getFirst().id(),
                tweets.getLast().id(), tweets.size(), nextToken == null ? "" : ",\"next_token\":\"" + nextToken + "\"");
        return tweets.isEmpty() ? "{\"meta\":" + meta + "}"
                : "{\"data\":[" + data + "],\"includes\":{\"users\":[" + users + "]},\"meta\":" + meta + "}";
    }

    /** The next answers of the mentions timeline of one account, in order; the last one stays. */
    public void mentionsOf(String accountId, ResponseDefinitionBuilder... answers) {
        String scenario = "mentions of " + accountId + " " + UUID.randomUUID();
        for (int i = 0; i < answers.length; i++) {
            var stub = get(urlPathEqualTo("/2/users/" + accountId + "/mentions"))
                    .withHeader("Authorization", equalTo("Bearer " + X_APP_TOKEN))
                    .inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i);
            if (i + 1 < answers.length) {
                stub = stub.willSetStateTo("answer " + (i + 1));
            }
            server.stubFor(stub.willReturn(answers[i]));
        }
    }

    public static ResponseDefinitionBuilder page(String body, long remaining) {
        return page(body, remaining, Instant.now().plusSeconds(900));
    }

    /** A page with the rate-limit headers X sends on every answer. */
    public static ResponseDefinitionBuilder page(String body, long remaining, Instant reset) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("x-rate-limit-limit", "10").withHeader("x-rate-limit-remaining", String.valueOf(remaining))
                .withHeader("x-rate-limit-reset", String.valueOf(reset.getEpochSecond()))
                .withBody(body);
    }

    /** X's answer when the window is used up: 429 with the reset time. */
    public static ResponseDefinitionBuilder tooManyRequests(Instant reset) {
        return aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withHeader("x-rate-limit-limit", "10").withHeader("x-rate-limit-remaining", "0")
                .withHeader("x-rate-limit-reset", String.valueOf(reset.getEpochSecond()))
                .withBody("{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}");
    }

    public List<LoggedRequest> mentionRequests(String accountId) {
        return sorted(server.findAll(getRequestedFor(urlPathEqualTo("/2/users/" + accountId + "/mentions"))));
    }

    /** The replies posted to one tweet, as JSON bodies. */
    public List<JsonNode> repliesTo(String tweetId) {
        return sorted(server.findAll(postRequestedFor(urlPathEqualTo("/2/tweets"))
                .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(tweetId))))).stream()
                .map(r -> SocialHttp.JSON.readTree(r.getBodyAsString())).toList();
    }

    public List<LoggedRequest> tweetPosts() {
        return sorted(server.findAll(postRequestedFor(urlPathEqualTo("/2/tweets"))));
    }

    public void answerTweetPosts(ResponseDefinitionBuilder... answers) {
        String scenario = "tweets " + UUID.randomUUID();
        for (int i = 0; i < answers.length; i++) {
            server.stubFor(post(urlPathEqualTo("/2/tweets")).atPriority(1).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i)
                    .willSetStateTo("answer " + (i + 1))
                    .willReturn(answers[i]));
        }
    }

    // ---- Graph API --------------------------------------------------------------------------

    /** {@code GET /{ig-user-id}?fields=mentioned_comment.comment_id(...)...}: the mentioned comment. */
    public void mentionedComment(String igUserId, String commentId, String text, String username) {
        server.stubFor(get(urlPathEqualTo(GRAPH + "/" + igUserId))
                .withQueryParam("fields", equalTo("mentioned_comment.comment_id(" + commentId + "){id,text,timestamp,from}"))
                .withHeader("Authorization", equalTo("Bearer " + META_PAGE_TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"mentioned_comment":{"timestamp":"2026-11-30T03:20:11+0000","text":%s,"id":"%s",
                         "from":{"id":"17841499999999999","username":"%s"}},"id":"%s"}"""
                        .formatted(SocialHttp.JSON.writeValueAsString(text), commentId, username, igUserId))));
    }

    public void graphAnswers(String path, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo(GRAPH + path)).willReturn(answer));
    }

    public List<LoggedRequest> graphPosts(String path) {
        return sorted(server.findAll(postRequestedFor(urlPathEqualTo(GRAPH + path))));
    }

    public List<LoggedRequest> graphReads(String path) {
        return sorted(server.findAll(getRequestedFor(urlPathEqualTo(GRAPH + path))));
    }

    public int requestCount() {
        return server.findAll(anyRequestedFor(urlPathMatching(".*"))).size();
    }

    private static List<LoggedRequest> sorted(List<LoggedRequest> requests) {
        return requests.stream().sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }
}
