package id.satupintu.complaint;

import id.satupintu.SatuPintuTest;
import id.satupintu.TestData;
import id.satupintu.account.Actor;
import id.satupintu.account.Role;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

import static id.satupintu.TestData.CITIZEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agency API over real HTTP handling (MockMvc), signed in with real accounts' tokens. */
@SatuPintuTest
class ComplaintApiTest {

    static final String[] ACTIONS = {"dispose", "postpone", "archive", "decline", "reroute", "respond", "complete"};
    static final String ACTION_BODY = """
            {"agencyCode":"DINKES-16.11","question":"Foto?","reason":"Alasan","response":"Jawaban","note":"Catatan"}""";

    static String adminToken;
    static String puprToken;
    static String dinkesToken;
    static String supervisorToken;
    static Actor admin;

    @Autowired
    MockMvc mvc;
    @Autowired
    Complaints complaints;
    @Autowired
    TestData data;

    @BeforeAll
    static void accounts(@Autowired TestData data) {
        data.cleanAccounts();
        admin = data.account(Role.ADMIN, null);
        adminToken = data.token(admin);
        puprToken = data.token(data.account(Role.AGENCY, "DINAS_PUPR-16.11"));
        dinkesToken = data.token(data.account(Role.AGENCY, "DINKES-16.11"));
        supervisorToken = data.token(data.account(Role.SUPERVISOR, null));
    }

    @BeforeEach
    void clean() {
        data.clean();
    }

    @Test
    void everyCallNeedsAValidToken() throws Exception {
        String id = disposedTo("DINAS_PUPR-16.11", Privacy.BIASA);
        mvc.perform(get("/api/v1/complaints")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
        mvc.perform(get("/api/v1/complaints/" + id).header("Authorization", "Bearer spt_not-a-real-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/complaints/" + id + "/respond").contentType(MediaType.APPLICATION_JSON)
                .content("{\"response\":\"x\"}")).andExpect(status().isUnauthorized());
    }

    @Test
    void theWorkflowOverHttp() throws Exception {
        String id = complaints.file(TestData.roadReport(Privacy.BIASA)).trackingId();
        call(post("/api/v1/complaints/" + id + "/dispose"), adminToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DIDISPOSISI"))
                .andExpect(jsonPath("$.agency.code").value("DINAS_PUPR-16.11"))
                .andExpect(jsonPath("$.agency.name").value("Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Empat Lawang"))
                .andExpect(jsonPath("$.deadlines.followUp").isNotEmpty());
        call(get("/api/v1/complaints/" + id), puprToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions", containsInAnyOrder("DECLINE", "RESPOND")));
        call(post("/api/v1/complaints/" + id + "/respond").contentType(MediaType.APPLICATION_JSON)
                .content("{\"response\":\"Perbaikan minggu depan\"}"), puprToken)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DITINDAKLANJUTI"));
        call(post("/api/v1/complaints/" + id + "/complete"), puprToken)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SELESAI"))
                .andExpect(jsonPath("$.history[*].type", contains("FILED", "DISPOSED", "RESPONDED", "COMPLETED")));
    }

    @Test
    void refusalsAreProblemDetails() throws Exception {
        String id = complaints.file(TestData.roadReport(Privacy.BIASA)).trackingId();
        call(post("/api/v1/complaints/" + id + "/complete"), adminToken)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail", allOf(containsString("DITERIMA"), containsString("COMPLETE"))));
        call(post("/api/v1/complaints/" + id + "/postpone").contentType(MediaType.APPLICATION_JSON).content("{}"), adminToken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("question")));
        call(post("/api/v1/complaints/" + id + "/postpone").contentType(MediaType.APPLICATION_JSON).content("{\"question\":"), adminToken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        call(post("/api/v1/complaints/" + id + "/dispose").contentType(MediaType.APPLICATION_JSON)
                .content("{\"agencyCode\":\"NOPE\"}"), adminToken)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("No agency NOPE"));
        call(get("/api/v1/complaints?status=FOO"), adminToken).andExpect(status().isBadRequest());
        call(get("/api/v1/complaints?size=1000"), adminToken)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("size")));
        call(get("/api/v1/complaints/LPR-2222-2222"), adminToken)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("No report LPR-2222-2222"));
        call(post("/api/v1/complaints/" + id + "/archive").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"),
                supervisorToken).andExpect(status().isForbidden());
        call(post("/api/v1/complaints/" + id + "/archive").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"),
                puprToken).andExpect(status().isNotFound());
        String body = call(post("/api/v1/complaints/" + id + "/postpone").contentType(MediaType.TEXT_PLAIN).content("x"), adminToken)
                .andExpect(status().isUnsupportedMediaType()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Exception", "at id.satupintu", "at org.");
    }

    @Test
    void listFiltersAndPages() throws Exception {
        String road = complaints.file(TestData.roadReport(Privacy.BIASA)).trackingId();
        String health = complaints.file(TestData.report(Category.KESEHATAN, AgencyType.DINKES, "13.71.01", Privacy.BIASA,
                new ReporterAddress("sms", "+6281200000001"), null)).trackingId();
        complaints.dispose(health, admin, null, null);

        call(get("/api/v1/complaints"), adminToken)
                .andExpect(jsonPath("$.totalItems").value(2)).andExpect(jsonPath("$.items[0].trackingId").value(health));
        expectOnly("status=DIDISPOSISI", health);
        expectOnly("category=INFRASTRUKTUR", road);
        expectOnly("agency=DINKES-13.71", health);
        expectOnly("region=16.11", road);
        expectOnly("region=13", health);
        expectOnly("channel=sms", health);
        expectOnly("q=" + road.substring(4, 8), road);
        expectOnly("overdue=false&status=DITERIMA", road);
        call(get("/api/v1/complaints?q=berlubang&from=2020-01-01&to=2099-12-31&page=1&size=1"), adminToken)
                .andExpect(jsonPath("$.items", hasSize(1))).andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.totalPages").value(2));
        call(get("/api/v1/complaints?to=2020-01-01"), adminToken).andExpect(jsonPath("$.totalItems").value(0));
        call(get("/api/v1/complaints"), supervisorToken).andExpect(jsonPath("$.totalItems").value(2));
    }

    /** Another agency's report is not found, on every endpoint. */
    @Test
    void anAgencyReachesOnlyItsOwnReports() throws Exception {
        String other = disposedTo("DINKES-16.11", Privacy.BIASA);
        long attachment = complaints.byTrackingId(other).orElseThrow().attachments().getFirst().id();

        call(get("/api/v1/complaints"), puprToken).andExpect(jsonPath("$.totalItems").value(0));
        call(get("/api/v1/complaints?agency=DINKES-16.11"), puprToken).andExpect(jsonPath("$.totalItems").value(0));
        call(get("/api/v1/complaints/" + other), puprToken).andExpect(status().isNotFound());
        call(get("/api/v1/complaints/" + other + "/attachments/" + attachment), puprToken).andExpect(status().isNotFound());
        for (String action : ACTIONS) {
            call(post("/api/v1/complaints/" + other + "/" + action).contentType(MediaType.APPLICATION_JSON).content(ACTION_BODY), puprToken)
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value("No report " + other));
        }
        assertThat(complaints.byTrackingId(other).orElseThrow().status()).isEqualTo(ComplaintStatus.DIDISPOSISI);

        call(get("/api/v1/complaints/" + other), dinkesToken).andExpect(status().isOk());
        call(get("/api/v1/complaints/" + other + "/attachments/" + attachment), dinkesToken)
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_JPEG))
                .andExpect(content().bytes(new byte[]{(byte) 0xFF, (byte) 0xD8, 7}));
        call(get("/api/v1/complaints"), dinkesToken).andExpect(jsonPath("$.totalItems").value(1));
    }

    /** Nothing that identifies an anonymous reporter reaches the agency: not in the list, the report, its history. */
    @Test
    void anAnonymousReporterStaysHiddenFromTheAgency() throws Exception {
        String id = complaints.file(TestData.roadReport(Privacy.ANONIM)).trackingId();
        complaints.dispose(id, admin, null, "Pelapor Siti Aminah (+6281234567890) minta dihubungi lewat telegram 4242");
        complaints.respond(id, TestData.agencyStaff("DINAS_PUPR-16.11"), "Segera ditangani");
        complaints.replyToResponse(id, CITIZEN, "Terima kasih, salam Siti Aminah");

        for (String path : List.of("/api/v1/complaints/" + id, "/api/v1/complaints", "/api/v1/complaints?q=berlubang")) {
            String json = call(get(path), puprToken).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(json).as(path).contains(id).contains("identitas disembunyikan")
                    .doesNotContainIgnoringCase("siti").doesNotContain("6281234567890").doesNotContain("4242");
        }
        call(get("/api/v1/complaints/" + id), puprToken)
                .andExpect(jsonPath("$.reporter.hidden").value(true))
                .andExpect(jsonPath("$.reporter.name").doesNotExist())
                .andExpect(jsonPath("$.reporter.privacy").value("ANONIM"));
        call(get("/api/v1/complaints/" + id), supervisorToken).andExpect(jsonPath("$.reporter.hidden").value(true));
        call(get("/api/v1/complaints/" + id), adminToken)
                .andExpect(jsonPath("$.reporter.name").value("Siti Aminah"))
                .andExpect(jsonPath("$.reporter.address").value("4242"));
    }

    @Test
    void aConfidentialReporterIsStillKnownToTheAgency() throws Exception {
        String id = disposedTo("DINAS_PUPR-16.11", Privacy.RAHASIA);
        call(get("/api/v1/complaints/" + id), puprToken).andExpect(jsonPath("$.reporter.name").value("Siti Aminah"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs", "/actuator/health"})
    void docsAndHealthArePublic(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/complaints'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/complaints/{trackingId}/dispose'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/accounts'].post").exists());
    }

    String disposedTo(String agencyCode, Privacy privacy) {
        var photo = new NewAttachment("foto.jpg", "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, 7});
        String id = complaints.file(TestData.report(Category.INFRASTRUKTUR, AgencyType.DINAS_PUPR, "16.11", privacy, CITIZEN, null, photo))
                .trackingId();
        complaints.dispose(id, admin, agencyCode, null);
        return id;
    }

    void expectOnly(String query, String trackingId) throws Exception {
        call(get("/api/v1/complaints?" + query), adminToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].trackingId", contains(trackingId)));
    }

    ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }
}
