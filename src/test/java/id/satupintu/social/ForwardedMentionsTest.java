package id.satupintu.social;

import id.satupintu.channel.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static id.satupintu.social.SocialFixture.newPostId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /webhooks/mentions: mentions forwarded by a social-listening tool, signed with SOCIAL_WEBHOOK_SECRET. */
@SocialTest
class ForwardedMentionsTest {

    final FakeSocial x = FakeSocial.instance();

    @Autowired
    MockMvc mvc;
    @Autowired
    SocialFixture fixture;

    @BeforeEach
    void clean() {
        x.reset();
        fixture.clean();
    }

    @Test
    void aSignedForwardedMentionIsStoredOnceTriagedAndAnswered() throws Exception {
        String id = newPostId();
        String body = forwarded(id, "pupr_empatlawang",
                "@pupr_empatlawang jalan di desa Tanjung Raya kecamatan Pendopo Empat Lawang rusak parah, lubang besar");

        signed(body).andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(1)).andExpect(jsonPath("$.duplicates").value(0));
        signed(body).andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(0)).andExpect(jsonPath("$.duplicates").value(1));

        Mention m = fixture.awaitTriaged(Channel.TWITTER, id);
        assertThat(m.source()).isEqualTo(Mention.Source.FORWARDED);
        assertThat(m.authorHandle()).isEqualTo("warga_pendopo");
        assertThat(m.postedAt()).isEqualTo("2026-11-30T02:15:00Z");
        assertThat(m.triage().outcome()).isEqualTo(TriageOutcome.FILED);
        await().atMost(Duration.ofSeconds(15)).until(() -> x.repliesTo(id).size() == 1);
        assertThat(fixture.count(Channel.TWITTER, id)).isEqualTo(1);
    }

    @Test
    void severalMentionsMayComeInOneArray() throws Exception {
        String a = newPostId();
        String b = newPostId();

        signed("[" + forwarded(a, "pln_123", "@pln_123 makasih min") + "," + forwarded(b, "@dinkes_padang", "mantap dinkes") + "]")
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(2));

        assertThat(fixture.awaitTriaged(Channel.TWITTER, a).agencyCode()).isEqualTo("PLN");
        assertThat(fixture.awaitTriaged(Channel.TWITTER, b).agencyCode()).isEqualTo("DINKES-13.71");
    }

    @Test
    void aBadOrMissingSignatureIsRefusedAndNothingIsStored() throws Exception {
        String id = newPostId();
        String body = forwarded(id, "pln_123", "@pln_123 listrik mati");

        deliver(body, HmacSignature.of("guessed-secret", body.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", containsString("X-SatuPintu-Signature")));
        deliver(body, null).andExpect(status().isUnauthorized());
        deliver(body.replace("mati", "nyala"), HmacSignature.of(FakeSocial.FORWARDING_SECRET, body.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isForbidden());

        assertThat(fixture.count(Channel.TWITTER, id)).isZero();
    }

    @Test
    void aMentionThatIsNotOfTheDocumentedShapeIsA400NamingTheField() throws Exception {
        signed(forwarded(newPostId(), "someone_else", "halo")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("account: someone_else is not a monitored twitter account")));
        signed("{\"platform\":\"tiktok\",\"post_id\":\"1\",\"account\":\"pln_123\",\"text\":\"x\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("platform")));
        signed("[" + forwarded(newPostId(), "pln_123", "ok") + ",{\"platform\":\"x\",\"account\":\"pln_123\",\"text\":\"x\"}]")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("[1].post_id is missing")));
        signed("{\"platform\":\"x\",\"post_id\":\"1\",\"account\":\"pln_123\",\"text\":\"x\",\"posted_at\":\"kemarin\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("posted_at")));
    }

    static String forwarded(String postId, String account, String text) {
        return """
                {"platform":"x","post_id":"%s","url":"https://x.com/warga_pendopo/status/%s","account":"%s",
                 "author":{"id":"9100","handle":"@warga_pendopo"},"text":%s,"posted_at":"2026-11-30T02:15:00Z"}"""
                .formatted(postId, postId, account, SocialHttp.JSON.writeValueAsString(text));
    }

    private ResultActions signed(String body) throws Exception {
        return deliver(body, HmacSignature.of(FakeSocial.FORWARDING_SECRET, body.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions deliver(String body, String signature) throws Exception {
        var request = post("/webhooks/mentions").contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-SatuPintu-Signature", signature);
        }
        return mvc.perform(request);
    }
}
