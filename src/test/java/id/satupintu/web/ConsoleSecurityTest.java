package id.satupintu.web;

import id.satupintu.SatuPintuTest;
import id.satupintu.TestData;
import id.satupintu.account.Actor;
import id.satupintu.account.Role;
import id.satupintu.complaint.ComplaintStatus;
import id.satupintu.complaint.Complaints;
import id.satupintu.complaint.Privacy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The console's sign-in and its rules, over HTTP: sessions, CSRF, roles, other agencies' reports. */
@SatuPintuTest
class ConsoleSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Complaints complaints;

    Actor admin;
    Actor pupr;
    Actor dinkes;

    @BeforeEach
    void setUp() {
        data.clean();
        data.cleanAccounts();
        admin = data.account(Role.ADMIN, null);
        pupr = data.account(Role.AGENCY, "DINAS_PUPR-16.11");
        dinkes = data.account(Role.AGENCY, "DINKES-16.11");
    }

    @Test
    void pagesNeedASignInAndAWrongPasswordIsRefused() throws Exception {
        mvc.perform(get("/console/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin("/login").user(admin.username()).password("not the password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody").password(TestData.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(admin.username()).password(TestData.PASSWORD))
                .andExpect(authenticated().withRoles("ADMIN")).andExpect(redirectedUrl("/console"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        String id = data.file(TestData.roadReport(Privacy.BIASA)).trackingId();
        MockHttpSession session = signIn(admin);

        mvc.perform(post("/console/reports/{id}/dispose", id).session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/console/reports/{id}/dispose", id).session(session).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        assertThat(complaints.byTrackingId(id).orElseThrow().status().name()).isEqualTo("DITERIMA");

        mvc.perform(post("/console/reports/{id}/dispose", id).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/console/reports/" + id));
        assertThat(complaints.byTrackingId(id).orElseThrow().status().name()).isEqualTo("DIDISPOSISI");
        // Signing in itself needs the token too.
        mvc.perform(post("/login").param("username", admin.username()).param("password", TestData.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAgencyReachesOnlyItsOwnReportsAndPages() throws Exception {
        String id = data.reportIn(ComplaintStatus.DIDISPOSISI, TestData.admin(), null);
        MockHttpSession own = signIn(pupr);
        MockHttpSession other = signIn(dinkes);

        mvc.perform(get("/console/reports/{id}", id).session(own)).andExpect(status().isOk())
                .andExpect(content().string(containsString(id)));
        mvc.perform(get("/console/reports/{id}", id).session(other)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Jalan berlubang"))));
        mvc.perform(get("/console/reports/{id}/attachments/1", id).session(other)).andExpect(status().isNotFound());
        mvc.perform(post("/console/reports/{id}/respond", id).session(other).with(csrf()).param("response", "Sudah"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/reports/LPR-0000-0000").session(own)).andExpect(status().isNotFound());
        mvc.perform(get("/console/reports").session(other)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id))));
        mvc.perform(get("/console/admin").session(own)).andExpect(status().isForbidden());
        mvc.perform(get("/console").session(own)).andExpect(redirectedUrl("/console/agency"));
    }

    @Test
    void theLanguageSwitchesToEnglishAndStays() throws Exception {
        mvc.perform(get("/login?lang=en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in to the console")));
        MockHttpSession session = signIn(admin);
        mvc.perform(get("/console/dashboard").session(session)).andExpect(content().string(containsString("Dasbor")));
        var english = mvc.perform(get("/console/dashboard").param("lang", "en").session(session))
                .andExpect(content().string(containsString("Median time to verify")))
                .andReturn().getResponse().getCookie("satupintu-lang");
        assertThat(english).isNotNull();
        mvc.perform(get("/console/dashboard").session(session).cookie(english))
                .andExpect(content().string(containsString("Dashboard")));
    }

    @Test
    void theDashboardExportsTheReportsAsCsv() throws Exception {
        String id = data.reportIn(ComplaintStatus.SELESAI, TestData.admin(), TestData.agencyStaff("DINAS_PUPR-16.11"));
        String csv = mvc.perform(get("/console/dashboard.csv").session(signIn(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith(id + ",").contains(",PENGADUAN,INFRASTRUKTUR,SELESAI,DINAS_PUPR-16.11,16.11.03,telegram,");
    }

    private MockHttpSession signIn(Actor actor) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(actor.username()).password(TestData.PASSWORD))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();
    }
}
