package id.satupintu.social;

import id.satupintu.channel.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static id.satupintu.social.SocialFixture.newPostId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Instagram and Facebook: the Meta webhook (handshake, X-Hub-Signature-256) and the Graph API played by WireMock. */
@SocialTest
class MetaWebhookTest {

    static final String IG_ACCOUNT = "17841400000000001";
    static final String PAGE = "100000000000001";

    final FakeSocial graph = FakeSocial.instance();

    @Autowired
    MockMvc mvc;
    @Autowired
    SocialFixture fixture;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        graph.reset();
        fixture.clean();
    }

    @Test
    void theVerificationHandshakeAnswersTheChallenge() throws Exception {
        mvc.perform(get("/webhooks/meta").param("hub.mode", "subscribe").param("hub.verify_token", FakeSocial.META_VERIFY_TOKEN)
                        .param("hub.challenge", "1158201444"))
                .andExpect(status().isOk())
                .andExpect(content().string("1158201444"));
    }

    @Test
    void theHandshakeWithAnotherTokenOrModeIsRefused() throws Exception {
        mvc.perform(get("/webhooks/meta").param("hub.mode", "subscribe").param("hub.verify_token", "guessed")
                .param("hub.challenge", "1158201444")).andExpect(status().isForbidden());
        mvc.perform(get("/webhooks/meta").param("hub.mode", "unsubscribe").param("hub.verify_token", FakeSocial.META_VERIFY_TOKEN)
                .param("hub.challenge", "1158201444")).andExpect(status().isForbidden());
    }

    @Test
    void aDeliveryWithABadSignatureIsRefusedWith403AndNothingIsStored() throws Exception {
        String comment = newPostId();
        String body = facebookComment(comment, "Puskesmas di Kota Padang pelayanannya lambat sekali");

        deliver(body, HmacSignature.of("someone-elses-secret", bytes(body))).andExpect(status().isForbidden());
        deliver(body, null).andExpect(status().isForbidden());
        deliver(body.replace("lambat", "cepat"), HmacSignature.of(FakeSocial.META_APP_SECRET, bytes(body)))
                .andExpect(status().isForbidden());
        deliver(body, "sha1=" + HmacSignature.of(FakeSocial.META_APP_SECRET, bytes(body)).substring(7))
                .andExpect(status().isForbidden());

        Thread.sleep(300);
        assertThat(fixture.count(Channel.FACEBOOK, comment)).isZero();
    }

    @Test
    void anInstagramMentionInACommentIsReadThroughTheGraphApiFiledWithTheCompetentAgencyAndAnswered() throws Exception {
        String media = newPostId();
        String comment = newPostId();
        graph.mentionedComment(IG_ACCOUNT, comment,
                "@pemkab.empatlawang sampah menumpuk di pasar Tebing Tinggi Empat Lawang sudah seminggu tidak diangkut, bau sekali",
                "warga.tebing");
        String body = """
                {"object":"instagram","entry":[{"id":"%s","time":1764472811,"changes":[{"field":"mentions",
                 "value":{"media_id":"%s","comment_id":"%s"}}]}]}""".formatted(IG_ACCOUNT, media, comment);

        signed(body).andExpect(status().isOk());

        Mention m = fixture.awaitTriaged(Channel.INSTAGRAM, comment);
        assertThat(m.text()).startsWith("@pemkab.empatlawang sampah menumpuk");
        assertThat(m.authorHandle()).isEqualTo("warga.tebing");
        assertThat(m.triage().outcome()).isEqualTo(TriageOutcome.FILED);
        assertThat(m.agencyCode()).isEqualTo("ADMIN-16.11");
        assertThat(m.triage().routedAgencyCode()).isEqualTo("DLH-16.11");
        assertThat(m.triage().routingNote()).contains("Tagged @pemkab.empatlawang");
        var reply = await().atMost(Duration.ofSeconds(15)).until(() -> graph.graphPosts("/" + IG_ACCOUNT + "/mentions"),
                r -> !r.isEmpty()).getFirst();
        var json = SocialHttp.JSON.readTree(reply.getBodyAsString());
        assertThat(json.path("media_id").asString()).isEqualTo(media);
        assertThat(json.path("comment_id").asString()).isEqualTo(comment);
        assertThat(json.path("message").asString()).contains(m.triage().trackingId());
        assertThat(reply.getHeader("Authorization")).isEqualTo("Bearer " + FakeSocial.META_PAGE_TOKEN);
    }

    @Test
    void aFacebookCommentOnThePageIsTriagedAndAnsweredUnderTheComment() throws Exception {
        String comment = newPostId();

        signed(facebookComment(comment, "Puskesmas di Kota Padang pelayanannya lambat sekali, antre dari pagi dokter tidak datang"))
                .andExpect(status().isOk());

        Mention m = fixture.awaitTriaged(Channel.FACEBOOK, comment);
        assertThat(m.triage().outcome()).isEqualTo(TriageOutcome.FILED);
        assertThat(m.triage().routedAgencyCode()).isEqualTo("DINKES-13.71");
        await().atMost(Duration.ofSeconds(15)).until(() -> graph.graphPosts("/" + comment + "/comments").size() == 1);
    }

    @Test
    void theSameDeliveryTwiceIsOneMentionAndOneReply() throws Exception {
        String comment = newPostId();
        String body = facebookComment(comment, "Puskesmas di Kota Padang pelayanannya lambat sekali, antre dari pagi dokter tidak datang");

        signed(body).andExpect(status().isOk());
        signed(body).andExpect(status().isOk());
        fixture.awaitTriaged(Channel.FACEBOOK, comment);
        signed(body).andExpect(status().isOk());

        assertThat(fixture.count(Channel.FACEBOOK, comment)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> graph.graphPosts("/" + comment + "/comments").size() == 1);
        Thread.sleep(500);
        assertThat(graph.graphPosts("/" + comment + "/comments")).hasSize(1);
    }

    @Test
    void aThankYouCommentOnInstagramIsKeptWithoutReplyAndThePagesOwnCommentsAreSkipped() throws Exception {
        String thanks = newPostId();
        String own = newPostId();
        String body = """
                {"object":"instagram","entry":[{"id":"%s","time":1764472811,"changes":[
                  {"field":"comments","value":{"id":"%s","from":{"id":"17841455555555555","username":"ibu.rina"},
                   "text":"Mantap pak bupati, terima kasih jalannya sudah diperbaiki","media":{"id":"18000000000000001","media_product_type":"FEED"}}},
                  {"field":"comments","value":{"id":"%s","from":{"id":"%s","username":"pemkab.empatlawang"},
                   "text":"Terima kasih atas laporannya","media":{"id":"18000000000000001","media_product_type":"FEED"}}}]}]}"""
                .formatted(IG_ACCOUNT, thanks, own, IG_ACCOUNT);

        signed(body).andExpect(status().isOk());

        Mention m = fixture.awaitTriaged(Channel.INSTAGRAM, thanks);
        assertThat(m.triage().outcome()).isEqualTo(TriageOutcome.NOT_A_REPORT);
        assertThat(fixture.count(Channel.INSTAGRAM, own)).isZero();
        Thread.sleep(500);
        assertThat(graph.graphPosts("/" + thanks + "/replies")).isEmpty();
    }

    @Test
    void anInstagramMentionWhoseTextCannotBeFetchedIsTriedAgainThenParked() throws Exception {
        String media = newPostId();
        graph.graphAnswers("/" + IG_ACCOUNT, aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Service temporarily unavailable\",\"type\":\"OAuthException\",\"code\":2}}"));
        String body = """
                {"object":"instagram","entry":[{"id":"%s","time":1764472811,"changes":[{"field":"mentions",
                 "value":{"media_id":"%s"}}]}]}""".formatted(IG_ACCOUNT, media);

        signed(body).andExpect(status().isOk());

        Mention m = await().atMost(Duration.ofSeconds(20)).until(() -> fixture.awaitTriaged(Channel.INSTAGRAM, media),
                found -> found.state() == MentionState.FAILED);
        assertThat(m.attempts()).isEqualTo(3);
        assertThat(m.lastError()).contains("503");
        assertThat(graph.graphReads("/" + IG_ACCOUNT)).hasSize(3);
    }

    @Test
    void aBodyThatIsNoWebhookDeliveryIsA400() throws Exception {
        signed("{\"hello\":\"world\"}").andExpect(status().isBadRequest());
        signed("not json").andExpect(status().isBadRequest());
    }

    static String facebookComment(String commentId, String message) {
        return """
                {"object":"page","entry":[{"id":"%s","time":1764472811,"changes":[{"field":"feed","value":{
                  "from":{"id":"24242424242424","name":"Warga Padang"},"post":{"status_type":"mobile_status_update",
                  "is_published":true,"updated_time":"2026-11-30T03:20:11+0000","permalink_url":"https://www.facebook.com/%s/posts/1"},
                  "message":%s,"post_id":"%s_1","comment_id":"%s","created_time":1764472811,"item":"comment",
                  "parent_id":"%s_1","verb":"add"}}]}]}"""
                .formatted(PAGE, PAGE, SocialHttp.JSON.writeValueAsString(message), PAGE, commentId, PAGE);
    }

    private ResultActions signed(String body) throws Exception {
        return deliver(body, HmacSignature.of(FakeSocial.META_APP_SECRET, bytes(body)));
    }

    private ResultActions deliver(String body, String signature) throws Exception {
        var request = post("/webhooks/meta").contentType(MediaType.APPLICATION_JSON).content(bytes(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return mvc.perform(request);
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
