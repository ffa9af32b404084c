package id.satupintu.open311;

import id.satupintu.SatuPintuTest;
import id.satupintu.TestData;
import id.satupintu.complaint.ComplaintFilter;
import id.satupintu.complaint.ComplaintStatus;
import id.satupintu.complaint.Complaints;
import id.satupintu.complaint.Privacy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GeoReport v2 as documented: services, a service request posted and read back, and its errors. */
@SatuPintuTest
class Open311Test {

    static final String KEY = "open311-test-key-1234";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Complaints complaints;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        data.clean();
    }

    @Test
    void theCategoriesAreTheServices() throws Exception {
        mvc.perform(get("/open311/v2/services.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(16)))
                .andExpect(jsonPath("$[0].service_code").value("INFRASTRUKTUR"))
                .andExpect(jsonPath("$[0].service_name").value("Infrastruktur dan Pekerjaan Umum"))
                .andExpect(jsonPath("$[0].description", containsString("jalan rusak/berlubang")))
                .andExpect(jsonPath("$[0].metadata").value(false))
                .andExpect(jsonPath("$[0].type").value("realtime"))
                .andExpect(jsonPath("$[0].group").value("DINAS_PUPR"))
                .andExpect(jsonPath("$[15].service_code").value("LAINNYA"));
    }

    @Test
    void aPostedRequestIsFiledRoutedAndReadBack() throws Exception {
        String created = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("api_key", KEY).param("service_code", "INFRASTRUKTUR")
                        .param("lat", "-3.7912").param("long", "103.0456")
                        .param("address_string", "Jl. Lintas Sumatera depan SDN 3, Kecamatan Pendopo, Kabupaten Empat Lawang")
                        .param("description", "Jalan berlubang besar, sudah dua motor jatuh")
                        .param("first_name", "Budi").param("last_name", "Santoso").param("email", "budi@example.org")
                        .param("media_url", "https://example.org/foto/1.jpg"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].service_notice", containsString("akan diverifikasi paling lambat")))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(created).get(0).get("service_request_id").asString();
        assertThat(id).matches("LPR-[A-Z0-9]{4}-[A-Z0-9]{4}");

        var filed = complaints.byTrackingId(id).orElseThrow();
        assertThat(filed.originChannel()).isEqualTo("open311");
        assertThat(filed.reporter().name()).isEqualTo("Budi Santoso");
        assertThat(filed.reporter().contact()).isEqualTo("budi@example.org");
        assertThat(filed.suggestedRouting().agency().code()).isEqualTo("DINAS_PUPR-16.11");

        JsonNode one = read("/open311/v2/requests/" + id + ".json");
        assertThat(one.size()).isEqualTo(1);
        JsonNode request = one.get(0);
        assertThat(request.get("service_request_id").asString()).isEqualTo(id);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("service_code").asString()).isEqualTo("INFRASTRUKTUR");
        assertThat(request.get("service_name").asString()).isEqualTo("Infrastruktur dan Pekerjaan Umum");
        assertThat(request.get("description").asString()).isEqualTo("Jalan berlubang besar, sudah dua motor jatuh");
        assertThat(request.get("address").asString()).startsWith("Jl. Lintas Sumatera");
        assertThat(request.get("lat").asDouble()).isEqualTo(-3.7912);
        assertThat(request.get("long").asDouble()).isEqualTo(103.0456);
        assertThat(request.get("media_url").asString()).isEqualTo("https://example.org/foto/1.jpg");
        assertThat(request.get("agency_responsible").isNull()).isTrue();
        assertThat(OffsetDateTime.parse(request.get("requested_datetime").asString()).getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        assertThat(OffsetDateTime.parse(request.get("expected_datetime").asString())).isNotNull();
        for (String field : new String[]{"status_notes", "updated_datetime", "address_id", "zipcode", "service_notice"}) {
            assertThat(request.has(field)).as(field).isTrue();
        }
        assertThat(request.toString()).doesNotContain("Budi").doesNotContain("budi@example.org");

        complaints.dispose(id, TestData.admin(), null, null);
        JsonNode disposed = read("/open311/v2/requests/" + id + ".json").get(0);
        assertThat(disposed.get("agency_responsible").asString()).contains("Pekerjaan Umum");
        assertThat(disposed.get("status_notes").asString()).startsWith("DIDISPOSISI");

        JsonNode list = read("/open311/v2/requests.json?service_code=INFRASTRUKTUR&status=open");
        assertThat(list.findValuesAsString("service_request_id")).containsExactly(id);
        assertThat(read("/open311/v2/requests.json?status=closed").size()).isZero();
        assertThat(read("/open311/v2/requests.json?service_request_id=" + id + ",LPR-0000-0000").size()).isEqualTo(1);
        assertThat(read("/open311/v2/requests.json?end_date=2020-01-01T00:00:00Z").size()).isZero();
    }

    @Test
    void publicReadsNeverShowConfidentialReportsOrAnonymousReporters() throws Exception {
        String secret = data.file(TestData.roadReport(Privacy.RAHASIA)).trackingId();
        String anonymous = data.file(TestData.roadReport(Privacy.ANONIM)).trackingId();
        String closed = data.reportIn(ComplaintStatus.SELESAI, TestData.admin(), TestData.agencyStaff("DINAS_PUPR-16.11"));

        mvc.perform(get("/open311/v2/requests/" + secret + ".json"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
        JsonNode all = read("/open311/v2/requests.json");
        assertThat(all.findValuesAsString("service_request_id")).containsExactlyInAnyOrder(anonymous, closed);
        JsonNode anonymousReport = read("/open311/v2/requests/" + anonymous + ".json").get(0);
        assertThat(anonymousReport.get("description").asString()).doesNotContain("Siti Aminah").contains("[identitas disembunyikan]");
        assertThat(read("/open311/v2/requests.json?status=closed").findValuesAsString("service_request_id")).containsExactly(closed);
    }

    @Test
    void badRequestsAreAnsweredInGeoReportsErrorFormat() throws Exception {
        String[][] cases = {
                {"403", "api_key", "wrong", "service_code", "INFRASTRUKTUR", "address_string", "Pendopo", "description", "x"},
                {"403", "service_code", "INFRASTRUKTUR", "address_string", "Pendopo", "description", "x"},
                {"400", "api_key", KEY, "address_string", "Pendopo", "description", "jalan rusak"},
                {"404", "api_key", KEY, "service_code", "GRAFFITI", "address_string", "Pendopo", "description", "x"},
                {"400", "api_key", KEY, "service_code", "INFRASTRUKTUR", "description", "jalan rusak"},
                {"400", "api_key", KEY, "service_code", "INFRASTRUKTUR", "lat", "95", "long", "103", "description", "x"},
                {"400", "api_key", KEY, "service_code", "INFRASTRUKTUR", "address_string", "Pendopo"},
        };
        for (String[] c : cases) {
            var request = post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED);
            for (int i = 1; i + 1 < c.length; i += 2) {
                request.param(c[i], c[i + 1]);
            }
            int expected = Integer.parseInt(c[0]);
            mvc.perform(request)
                    .andExpect(status().is(expected))
                    .andExpect(jsonPath("$[0].code").value(expected))
                    .andExpect(jsonPath("$[0].description").isNotEmpty());
        }
        mvc.perform(get("/open311/v2/requests.json?start_date=yesterday")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description", containsString("start_date")));
        assertThat(complaints.search(ComplaintFilter.none(), PageRequest.of(0, 10), TestData.admin()).getTotalElements()).isZero();
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
