package id.satupintu.web;

import id.satupintu.SatuPintuTest;
import id.satupintu.TestData;
import id.satupintu.account.Actor;
import id.satupintu.account.Role;
import id.satupintu.social.Mention;
import id.satupintu.social.MentionState;
import id.satupintu.social.Mentions;
import id.satupintu.social.SocialFixture;
import id.satupintu.social.TriageOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's social feed over HTTP, signed in through the form: who sees which mentions, who may
 * act, "make a report" and "ignore" from the page, and posts shown as text. The mentions tag
 * accounts of the registry in channels/social-accounts.yml.
 */
@SatuPintuTest
class MentionFeedPageTest {

    private static final AtomicLong postIds = new AtomicLong(1_870_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final String PLN_NAME = "PT PLN (Persero)";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    SocialFixture social;
    @Autowired
    Mentions mentions;

    Actor admin;
    Actor pln;
    Actor bpjs;
    Actor supervisor;

    @BeforeEach
    void setUp() {
        data.clean();
        social.clean();
        data.cleanAccounts();
        admin = data.account(Role.ADMIN, null);
        pln = data.account(Role.AGENCY, "PLN");
        bpjs = data.account(Role.AGENCY, "BPJS_KESEHATAN");
        supervisor = data.account(Role.SUPERVISOR, null);
    }

    @Test
    void anAgencySeesItsOwnAccountsMentionsAndThoseRoutedToItTheAdministratorAll() throws Exception {
        Mention ownTag = mention("pln_123", "@pln_123 terima kasih, listrik sudah nyala lagi", null);
        Mention otherTag = mention("BPJSKesehatanRI", "@BPJSKesehatanRI terima kasih banyak atas pelayanannya", null);
        Mention routed = mention("BPJSKesehatanRI",
                "@BPJSKesehatanRI listrik padam sudah 2 hari di Pendopo Empat Lawang, PLN tidak ada kabar, kulkas rusak semua", null);
        assertThat(routed.triage().routedAgencyCode()).isEqualTo("PLN");

        MockHttpSession plnSession = signIn(pln);
        mvc.perform(get("/console/mentions").session(plnSession)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"mention-" + ownTag.id() + "\""),
                        containsString("id=\"mention-" + routed.id() + "\""), containsString("Dialihkan ke " + PLN_NAME),
                        containsString("Tagged @BPJSKesehatanRI"), containsString(routed.triage().trackingId()),
                        not(containsString("id=\"mention-" + otherTag.id() + "\"")), not(containsString("atas pelayanannya")))))
                // The registry is public: every agency's accounts are listed.
                .andExpect(content().string(allOf(containsString("@pln_123"), containsString("@BPJSKesehatanRI"))));
        mvc.perform(get("/console/mentions").session(signIn(bpjs)))
                .andExpect(content().string(allOf(containsString("id=\"mention-" + otherTag.id() + "\""),
                        containsString("id=\"mention-" + routed.id() + "\""),
                        not(containsString("id=\"mention-" + ownTag.id() + "\"")))));
        mvc.perform(post("/console/mentions/{id}/ignore", otherTag.id()).session(plnSession).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(state(otherTag)).isEqualTo(MentionState.NEW);

        MockHttpSession adminSession = signIn(admin);
        mvc.perform(get("/console/mentions").session(adminSession))
                .andExpect(content().string(allOf(containsString("3 sebutan"), containsString("id=\"mention-" + ownTag.id() + "\""),
                        containsString("id=\"mention-" + otherTag.id() + "\""), containsString("id=\"mention-" + routed.id() + "\""),
                        containsString("Buat laporan"), containsString("Abaikan"))));
        mvc.perform(get("/console/mentions").param("outcome", "FILED").session(adminSession))
                .andExpect(content().string(allOf(containsString("1 sebutan"), containsString("id=\"mention-" + routed.id() + "\""),
                        not(containsString("id=\"mention-" + ownTag.id() + "\"")))));
        mvc.perform(get("/console/mentions").param("platform", "INSTAGRAM").session(adminSession))
                .andExpect(content().string(allOf(containsString("0 sebutan"), not(containsString("class=\"mention")))));
        mvc.perform(get("/console/mentions").param("outcome", "SPAM").session(adminSession)).andExpect(status().isBadRequest());
        mvc.perform(get("/console/mentions").param("lang", "en").session(adminSession))
                .andExpect(content().string(allOf(containsString("Social feed"), containsString("Make a report"),
                        containsString("Filed as a report"), containsString("Monitored accounts"))));
    }

    @Test
    void theSupervisorReadsTheFeedAndActsOnNothing() throws Exception {
        Mention m = mention("pln_123", "@pln_123 listrik di rumah saya mati terus tiap malam, tolong dicek", null);
        MockHttpSession session = signIn(supervisor);

        mvc.perform(get("/console/mentions").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"mention-" + m.id() + "\""),
                        not(containsString("Buat laporan")), not(containsString("Abaikan")),
                        not(containsString("/console/mentions/" + m.id() + "/")))));
        mvc.perform(post("/console/mentions/{id}/report", m.id()).session(session).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/console/mentions/{id}/ignore", m.id()).session(session).with(csrf())).andExpect(status().isForbidden());
        assertThat(state(m)).isEqualTo(m.state());
    }

    @Test
    void staffMakeAReportAndIgnoreFromThePage() throws Exception {
        Mention toFile = mention("pln_123", "@pln_123 listrik di rumah saya mati terus tiap malam sudah seminggu, tolong dicek", null);
        Mention toIgnore = mention("pln_123", "@pln_123 mantap min", null);
        assertThat(toFile.state()).isEqualTo(MentionState.NEW);
        MockHttpSession session = signIn(pln);

        mvc.perform(post("/console/mentions/{id}/report", toFile.id()).session(session))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/mentions/{id}/report", toFile.id()).session(session).with(csrf()).param("outcome", "INVITED"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/console/mentions?outcome=INVITED"))
                .andExpect(flash().attribute("flash", "flash.mention-reported"));
        Mention filed = mentions.find(toFile.id(), pln).orElseThrow();
        assertThat(filed.state()).isEqualTo(MentionState.REPORTED);
        assertThat(filed.triage().outcome()).isEqualTo(TriageOutcome.FILED);
        assertThat(filed.actedBy()).isEqualTo(pln.username());
        String trackingId = filed.triage().trackingId();

        mvc.perform(post("/console/mentions/{id}/ignore", toIgnore.id()).session(session).with(csrf()))
                .andExpect(redirectedUrl("/console/mentions")).andExpect(flash().attribute("flash", "flash.mention-ignored"));
        assertThat(state(toIgnore)).isEqualTo(MentionState.IGNORED);

        mvc.perform(get("/console/mentions").session(session))
                .andExpect(content().string(allOf(containsString("href=\"/console/reports/" + trackingId + "\""),
                        containsString("Menjadi laporan"), containsString("Diabaikan"),
                        containsString("Ditindak oleh " + pln.username()),
                        // the ignored one can still be filed; the filed one offers nothing more
                        containsString("/console/mentions/" + toIgnore.id() + "/report"),
                        not(containsString("/console/mentions/" + toFile.id() + "/")))));
        mvc.perform(post("/console/mentions/{id}/ignore", toFile.id()).session(session).with(csrf()))
                .andExpect(redirectedUrl("/console/mentions")).andExpect(flash().attribute("flash", "flash.refused"))
                .andExpect(flash().attribute("flashDetail", containsString(trackingId)));
        assertThat(state(toFile)).isEqualTo(MentionState.REPORTED);
    }

    @Test
    void aPostsTextAndAuthorAreShownAsText() throws Exception {
        Mention m = mention("pln_123", "<script>alert('feed')</script> @pln_123 listrik mati", "<img src=x onerror=alert(1)>");

        String page = mvc.perform(get("/console/mentions").session(signIn(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"mention-" + m.id() + "\"")
                .contains("&lt;script&gt;alert(&#39;feed&#39;)&lt;/script&gt; @pln_123 listrik mati")
                .contains("@&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>alert").doesNotContain("<img src=x");
    }

    /** A mention submitted by link as the administrator, triaged at once. */
    private Mention mention(String account, String text, String author) {
        String url = "https://x.com/warga_pendopo/status/" + postIds.incrementAndGet();
        return mentions.submit(new Mentions.Submission(url, text, account, author), TestData.admin()).mention();
    }

    private MentionState state(Mention m) {
        return mentions.find(m.id(), TestData.admin()).orElseThrow().state();
    }

    private MockHttpSession signIn(Actor actor) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(actor.username()).password(TestData.PASSWORD))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();
    }
}
