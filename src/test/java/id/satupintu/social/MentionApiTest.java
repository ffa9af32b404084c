package id.satupintu.social;

import id.satupintu.TestData;
import id.satupintu.account.Role;
import id.satupintu.channel.Channel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;

import static id.satupintu.social.SocialFixture.newPostId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The feed API: staff submit mentions by link, see their agency's mentions with triage, and act on them. */
@SocialTest
class MentionApiTest {

    static String admin;
    static String pupr;
    static String pln;
    static String supervisor;

    final FakeSocial x = FakeSocial.instance();

    @Autowired
    MockMvc mvc;
    @Autowired
    SocialFixture fixture;

    @BeforeAll
    static void accounts(@Autowired TestData data) {
        data.cleanAccounts();
        admin = data.token(data.account(Role.ADMIN, null));
        pupr = data.token(data.account(Role.AGENCY, "DINAS_PUPR-16.11"));
        pln = data.token(data.account(Role.AGENCY, "PLN"));
        supervisor = data.token(data.account(Role.SUPERVISOR, null));
    }

    @BeforeEach
    void clean() {
        x.reset();
        fixture.clean();
    }

    @Test
    void anOperatorSubmitsAMentionByLinkAndTextAndGetsItsTriage() throws Exception {
        String id = newPostId();
        submit(pupr, "https://x.com/warga_pendopo/status/" + id + "?s=20",
                "@pupr_empatlawang jalan di desa Tanjung Raya kecamatan Pendopo Empat Lawang rusak parah, lubang besar", null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mention.platform").value("TWITTER"))
                .andExpect(jsonPath("$.mention.postId").value(id))
                .andExpect(jsonPath("$.mention.source").value("OPERATOR"))
                .andExpect(jsonPath("$.mention.authorHandle").value("warga_pendopo"))
                .andExpect(jsonPath("$.mention.state").value("REPORTED"))
                .andExpect(jsonPath("$.mention.triage.outcome").value("FILED"))
                .andExpect(jsonPath("$.mention.triage.kind").value("PENGADUAN"))
                .andExpect(jsonPath("$.mention.triage.category").value("INFRASTRUKTUR"))
                .andExpect(jsonPath("$.mention.triage.trackingId", startsWith("LPR-")))
                .andExpect(jsonPath("$.actions").isEmpty());
        await().atMost(Duration.ofSeconds(15)).until(() -> x.repliesTo(id).size() == 1);

        submit(pupr, "https://twitter.com/warga_pendopo/status/" + id, "jalan rusak", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.mention.state").value("REPORTED"));
        assertThat(fixture.count(Channel.TWITTER, id)).isEqualTo(1);
    }

    @Test
    void anAgencySubmitsForItsOwnAccountsOnlyAndANonPostLinkIsA400() throws Exception {
        submit(pupr, "https://x.com/warga/status/" + newPostId(), "listrik mati", "pln_123")
                .andExpect(status().isForbidden());
        submit(pupr, "https://example.com/berita/jalan-rusak", "jalan rusak", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("url")));
        submit(admin, "https://x.com/warga/status/" + newPostId(), "jalan rusak", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("account")));
        submit(supervisor, "https://x.com/warga/status/" + newPostId(), "jalan rusak", "pln_123")
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/mentions").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anInstagramLinkIsKeptWithTheReplyStaffCanPostByHand() throws Exception {
        submit(admin, "https://www.instagram.com/p/DBx3kLmPq9z/", "listrik di rumah saya mati terus tiap malam sudah seminggu, tolong dicek",
                "pemkab.empatlawang")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mention.postId").value("link:DBx3kLmPq9z"))
                .andExpect(jsonPath("$.mention.replyToId").doesNotExist())
                .andExpect(jsonPath("$.mention.triage.replyText", containsString("https://t.me/SatuPintuBot?start=")))
                .andExpect(jsonPath("$.mention.triage.replyMessageId").doesNotExist());
    }

    @Test
    void eachAgencySeesTheMentionsOfItsOwnAccountsAndTheAdministratorAll() throws Exception {
        submit(pupr, "https://x.com/a/status/" + newPostId(), "@pupr_empatlawang terima kasih banyak pak", null).andExpect(status().isCreated());
        submit(pln, "https://x.com/b/status/" + newPostId(), "@pln_123 terima kasih, listrik sudah nyala", null).andExpect(status().isCreated());

        list(pupr).andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[*].mention.agencyCode", everyItem(is("DINAS_PUPR-16.11"))));
        list(pln).andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[*].mention.agencyCode", everyItem(is("PLN"))));
        list(admin).andExpect(jsonPath("$.totalItems").value(2)).andExpect(jsonPath("$.items[0].actions", hasItem("report")));
        list(supervisor).andExpect(jsonPath("$.totalItems").value(2)).andExpect(jsonPath("$.items[0].actions").isEmpty());
        mvc.perform(get("/api/v1/mentions").param("state", "REPORTED").header("Authorization", "Bearer " + admin))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/mentions").param("outcome", "NOT_A_REPORT").header("Authorization", "Bearer " + admin))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get("/api/v1/mentions").param("outcome", "INVITED").header("Authorization", "Bearer " + admin))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/mentions")).andExpect(status().isUnauthorized());
    }

    @Test
    void aReportRoutedAwayIsSeenByTheAgencyItWentTo() throws Exception {
        String id = newPostId();
        long mention = mentionId(submit(pupr, "https://x.com/w/status/" + id,
                "@pupr_empatlawang listrik padam sudah 2 hari di Pendopo Empat Lawang, PLN tidak ada kabar, kulkas rusak semua", null)
                .andExpect(jsonPath("$.mention.triage.routedAgencyCode").value("PLN")));

        mvc.perform(get("/api/v1/mentions/" + mention).header("Authorization", "Bearer " + pln)).andExpect(status().isOk())
                .andExpect(jsonPath("$.mention.triage.routingNote", containsString("Tagged @pupr_empatlawang")));
        mvc.perform(get("/api/v1/mentions/" + mention).header("Authorization", "Bearer " + pupr)).andExpect(status().isOk());
    }

    @Test
    void staffMakeAReportOfAMentionTriageKeptAndIgnoreAnother() throws Exception {
        String id = newPostId();
        long kept = mentionId(submit(pupr, "https://x.com/w/status/" + id, "@pupr_empatlawang gimana nih min", null)
                .andExpect(jsonPath("$.mention.state").value("NEW")));
        long other = mentionId(submit(pupr, "https://x.com/w/status/" + newPostId(), "@pupr_empatlawang terima kasih pak", null));

        mvc.perform(post("/api/v1/mentions/" + kept + "/report").header("Authorization", "Bearer " + pln))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/mentions/" + kept + "/report").header("Authorization", "Bearer " + supervisor))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/mentions/" + kept + "/report").header("Authorization", "Bearer " + pupr)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"INFRASTRUKTUR\",\"regionCode\":\"16.11.03\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mention.state").value("REPORTED"))
                .andExpect(jsonPath("$.mention.actedBy", startsWith("agency-")))
                .andExpect(jsonPath("$.mention.triage.category").value("INFRASTRUKTUR"))
                .andExpect(jsonPath("$.mention.triage.regionCode").value("16.11.03"))
                .andExpect(jsonPath("$.mention.triage.routedAgencyCode").value("DINAS_PUPR-16.11"))
                .andExpect(jsonPath("$.mention.triage.trackingId", startsWith("LPR-")));
        await().atMost(Duration.ofSeconds(15)).until(() -> x.repliesTo(id).size() == 1);
        mvc.perform(post("/api/v1/mentions/" + kept + "/report").header("Authorization", "Bearer " + pupr))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/mentions/" + kept + "/ignore").header("Authorization", "Bearer " + pupr))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/v1/mentions/" + other + "/ignore").header("Authorization", "Bearer " + pupr))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mention.state").value("IGNORED"))
                .andExpect(jsonPath("$.actions", not(hasItem("ignore"))));
        mvc.perform(get("/api/v1/mentions").param("state", "IGNORED").header("Authorization", "Bearer " + pupr))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void theMonitoredAccountsAreListed() throws Exception {
        mvc.perform(get("/api/v1/mentions/accounts").header("Authorization", "Bearer " + pupr))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.handle == 'pupr_empatlawang')].agencyCode").value("DINAS_PUPR-16.11"))
                .andExpect(jsonPath("$.length()").value(5));
    }

    private long mentionId(ResultActions result) throws Exception {
        return SocialHttp.JSON.readTree(result.andReturn().getResponse().getContentAsString()).path("mention").path("id").asLong();
    }

    private ResultActions submit(String token, String url, String text, String account) throws Exception {
        var body = SocialHttp.JSON.createObjectNode().put("url", url).put("text", text);
        if (account != null) {
            body.put("account", account);
        }
        return mvc.perform(post("/api/v1/mentions").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    private ResultActions list(String token) throws Exception {
        return mvc.perform(get("/api/v1/mentions").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }
}
