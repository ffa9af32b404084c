package id.satupintu.social;

import id.satupintu.BadInput;
import id.satupintu.BadInput.Case;
import id.satupintu.TestData;
import id.satupintu.account.Actor;
import id.satupintu.account.Role;
import id.satupintu.channel.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static id.satupintu.social.ForwardedMentionsTest.forwarded;
import static id.satupintu.social.MetaWebhookTest.facebookComment;
import static id.satupintu.social.SocialFixture.newPostId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to the social webhooks (signed, so that it reaches the parsers), the mentions API
 * and the feed's console forms, over real HTTP: refused with a 4xx and a clear message and
 * nothing stored; odd texts stored as sent and escaped in the feed.
 */
@SocialTest
class SocialBadInputTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String META = "/webhooks/meta";
    private static final String FORWARDED = "/webhooks/mentions";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;
    @Autowired
    SocialFixture fixture;

    BadInput bad;
    Actor admin;
    String token;
    String csrf;
    long mentionId;

    @BeforeEach
    void setUp() {
        FakeSocial.instance().reset();
        fixture.clean();
        data.cleanAccounts();
        bad = new BadInput(jdbc);
        admin = data.account(Role.ADMIN, null);
        token = data.token(admin);
        csrf = bad.signIn(url(""), admin.username(), TestData.PASSWORD);
        String postId = newPostId();
        bad.assertAccepted(signed(FORWARDED, FakeSocial.FORWARDING_SECRET, bytes(forwarded(postId, "pln_123", "@pln_123 makasih min"))));
        mentionId = fixture.awaitTriaged(Channel.TWITTER, postId).id();
    }

    static List<Case<SocialBadInputTest>> rows() {
        String meta = "POST " + META;
        String forwarded = "POST " + FORWARDED;
        String notJson = "The body is not JSON";
        return List.of(
                new Case<>("GET " + META, "verify token not UTF-8", t -> t.get(META + "?hub.mode=subscribe&hub.verify_token=%FF&hub.challenge=1"),
                        400, "percent-encoded UTF-8"),
                new Case<>("GET " + META, "no parameters", t -> t.get(META), 403, "hub.mode must be subscribe"),
                new Case<>(meta, "malformed JSON", t -> t.meta("{\"object\":\"page\",\"entry\":["), 400, notJson),
                new Case<>(meta, "invalid UTF-8", t -> t.meta(BadInput.withInvalidUtf8At(facebookComment("1", "lampu MARK mati"), "MARK")), 400, notJson),
                new Case<>(meta, "missing object and entry", t -> t.meta("{\"hello\":\"world\"}"), 400, "Expected a webhook delivery"),
                new Case<>(meta, "a JSON array", t -> t.meta("[" + facebookComment("2", "lampu mati") + "]"), 400, "Expected a webhook delivery"),
                new Case<>(meta, "over 1 MB", t -> t.meta(BadInput.oversizedJson("object")), 413, "is too large"),
                new Case<>(meta, "over 1 MB, chunked", t -> t.chunked(META, FakeSocial.META_APP_SECRET, "X-Hub-Signature-256",
                        BadInput.oversizedJson("object")), 413, "is too large"),
                new Case<>(meta, "text/plain", t -> t.signedAs(META, "text/plain", FakeSocial.META_APP_SECRET, bytes(facebookComment("3", "x"))),
                        415, "is not supported"),
                new Case<>(meta, "a form", t -> t.signedAs(META, FORM, FakeSocial.META_APP_SECRET, bytes("object=page")), 415, "is not supported"),
                new Case<>(forwarded, "malformed JSON", t -> t.forward("{\"platform\":"), 400, notJson),
                new Case<>(forwarded, "invalid UTF-8", t -> t.forward(BadInput.withInvalidUtf8At(
                        forwarded(newPostId(), "pln_123", "listrik MARK mati"), "MARK")), 400, notJson),
                new Case<>(forwarded, "missing text", t -> t.forward("{\"platform\":\"x\",\"post_id\":\"1\",\"account\":\"pln_123\"}"),
                        400, "text is missing"),
                new Case<>(forwarded, "platform of script", t -> t.forward(forwarded(newPostId(), "pln_123", "x")
                        .replace("\"platform\":\"x\"", "\"platform\":\"<script>alert(1)</script>\"")), 400, "platform: twitter"),
                new Case<>(forwarded, "posted_at of SQL", t -> t.forward(forwarded(newPostId(), "pln_123", "x")
                        .replace("2026-11-30T02:15:00Z", "'; DROP TABLE social_mention; --")), 400, "posted_at: not an ISO-8601 instant"),
                new Case<>(forwarded, "text of an object", t -> t.forward(forwarded(newPostId(), "pln_123", "x")
                        .replace("\"text\":\"x\"", "\"text\":{\"a\":1}")), 400, "expected a string"),
                new Case<>(forwarded, "one bad mention of two", t -> t.forward("[" + forwarded(newPostId(), "pln_123", "listrik mati") + ","
                        + forwarded(newPostId(), "nobody_here", "listrik mati") + "]"), 400, "[1].account: nobody_here is not a monitored"),
                new Case<>(forwarded, "a NUL character", t -> t.forward(forwarded(newPostId(), "pln_123", "listrik\u0000mati")), 400,
                        "must not contain NUL characters"),
                new Case<>(forwarded, "a number", t -> t.forward("42"), 400, "Expected a mention object"),
                new Case<>(forwarded, "over 1 MB", t -> t.forward(BadInput.oversizedJson("text")), 413, "is too large"),
                new Case<>(forwarded, "over 1 MB, chunked", t -> t.chunked(FORWARDED, FakeSocial.FORWARDING_SECRET, SocialProperties.SIGNATURE_HEADER,
                        BadInput.oversizedJson("text")), 413, "is too large"),
                new Case<>(forwarded, "text/plain", t -> t.signedAs(FORWARDED, "text/plain", FakeSocial.FORWARDING_SECRET, bytes("listrik mati")),
                        415, "is not supported"),
                new Case<>("GET /api/v1/mentions", "no token", t -> t.get("/api/v1/mentions"), 401, "Authorization: Bearer <token>"),
                new Case<>("GET /api/v1/mentions", "unknown state", t -> t.api(t.getting("/api/v1/mentions?state=%3Cscript%3E")), 400, "state"),
                new Case<>("GET /api/v1/mentions", "platform not UTF-8", t -> t.api(t.getting("/api/v1/mentions?platform=%FF")), 400, "percent-encoded UTF-8"),
                new Case<>("GET /api/v1/mentions", "size of zero", t -> t.api(t.getting("/api/v1/mentions?size=0")), 400, "size"),
                new Case<>("GET /api/v1/mentions/{id}", "id of SQL", t -> t.api(t.getting("/api/v1/mentions/1%20OR%201=1")), 400, "id"),
                new Case<>("GET /api/v1/mentions/{id}", "unknown id", t -> t.api(t.getting("/api/v1/mentions/987654321")), 404, "987654321"),
                new Case<>("POST /api/v1/mentions", "malformed JSON", t -> t.api(BadInput.post(t.url("/api/v1/mentions"), JSON, "{\"url\":")),
                        400, "Failed to read request"),
                new Case<>("POST /api/v1/mentions", "text/plain", t -> t.api(BadInput.post(t.url("/api/v1/mentions"), "text/plain", "x")),
                        415, "is not supported"),
                new Case<>("POST /api/v1/mentions", "over 1 MB", t -> t.api(BadInput.post(t.url("/api/v1/mentions"), JSON, BadInput.oversizedJson("text"))),
                        413, "is too large"),
                new Case<>("POST /api/v1/mentions/{id}/report", "unknown category", t -> t.api(BadInput.post(
                        t.url("/api/v1/mentions/" + t.mentionId + "/report"), JSON, "{\"category\":\"<b>JALAN</b>\"}")), 400, "Failed to read request"),
                new Case<>("POST /api/v1/mentions/{id}/ignore", "unknown id", t -> t.api(BadInput.post(
                        t.url("/api/v1/mentions/987654321/ignore"), JSON, "")), 404, "987654321"),
                new Case<>("POST /console/mentions/{id}/report", "id of script", t -> t.console("/console/mentions/%3Cscript%3E/report", Map.of()),
                        400, "Permintaan tidak dapat diproses"),
                new Case<>("POST /console/mentions/{id}/report", "page not a number", t -> t.console("/console/mentions/" + t.mentionId + "/report",
                        Map.of("page", "' OR 1=1")), 400, "Permintaan tidak dapat diproses"),
                new Case<>("POST /console/mentions/{id}/ignore", "platform of script", t -> t.console("/console/mentions/" + t.mentionId + "/ignore",
                        Map.of("platform", "<script>")), 400, "Permintaan tidak dapat diproses"),
                new Case<>("POST /console/mentions/{id}/ignore", "form not UTF-8", t -> t.consoleRaw("/console/mentions/" + t.mentionId + "/ignore",
                        "outcome=%FF%FE"), 400, "percent-encoded UTF-8"),
                new Case<>("POST /console/mentions/{id}/ignore", "unknown id", t -> t.console("/console/mentions/987654321/ignore", Map.of()),
                        404, "tidak ditemukan"),
                new Case<>("POST /console/mentions/{id}/ignore", "over 1 MB", t -> t.console("/console/mentions/" + t.mentionId + "/ignore",
                        Map.of("platform", "x".repeat(BadInput.OVERSIZED_BYTES))), 413, "is too large"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputIsRefusedClearlyAndNothingIsStored(Case<SocialBadInputTest> row) {
        bad.assertRefused(row.request().apply(this), row.status(), row.message());
    }


    /** Unknown fields are ignored; the text is kept as sent. */
    @ParameterizedTest
    @MethodSource("id.satupintu.BadInput#acceptedTexts")
    void aForwardedMentionOfUnusualTextIsStoredAsSent(String text) {
        String postId = newPostId();
        bad.assertAccepted(forward(forwarded(postId, "pln_123", text).replaceFirst("\\{", "{\"future_field\":[1,{\"a\":null}],")));

        assertThat(jdbc.sql("select text from social_mention where platform = 'twitter' and post_id = ?")
                .param(postId).query(String.class).list()).containsExactly(text);
    }

    @Test
    void aMentionsScriptIsShownEscapedInTheFeed() {
        bad.assertAccepted(forward(forwarded(newPostId(), "pln_123", BadInput.SCRIPT_TEXT)));

        String feed = bad.send(getting("/console/mentions").build()).body();

        assertThat(feed).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;tebal&lt;/b&gt; &amp; &lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>alert", "<img src=x");
    }

    // ---- requests --------------------------------------------------------------------------

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    HttpRequest.Builder getting(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).GET();
    }

    HttpRequest get(String path) {
        return getting(path).build();
    }

    HttpRequest api(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + token).build();
    }

    HttpRequest meta(String body) {
        return meta(bytes(body));
    }

    HttpRequest meta(byte[] body) {
        return signedAs(META, JSON, FakeSocial.META_APP_SECRET, body);
    }

    HttpRequest forward(String body) {
        return forward(bytes(body));
    }

    HttpRequest forward(byte[] body) {
        return signed(FORWARDED, FakeSocial.FORWARDING_SECRET, body);
    }

    HttpRequest signed(String path, String secret, byte[] body) {
        return signedAs(path, JSON, secret, body);
    }

    /** Signed with the webhook's secret in both headers: Meta's and the forwarding one. */
    HttpRequest signedAs(String path, String contentType, String secret, byte[] body) {
        String signature = HmacSignature.of(secret, body);
        return BadInput.post(url(path), contentType, body).header("X-Hub-Signature-256", signature)
                .header(SocialProperties.SIGNATURE_HEADER, signature).build();
    }

    HttpRequest chunked(String path, String secret, String header, byte[] body) {
        return BadInput.postChunked(url(path), JSON, body).header(header, HmacSignature.of(secret, body)).build();
    }

    HttpRequest console(String path, Map<String, String> fields) {
        return consoleRaw(path, BadInput.form(fields));
    }

    HttpRequest consoleRaw(String path, String form) {
        return BadInput.post(url(path), FORM, form + (form.isEmpty() ? "" : "&") + "_csrf=" + csrf).build();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
