package id.satupintu.api;

import id.satupintu.BadInput;
import id.satupintu.BadInput.Case;
import id.satupintu.TestData;
import id.satupintu.account.Actor;
import id.satupintu.account.Role;
import id.satupintu.channel.MessagingTest;
import id.satupintu.complaint.ComplaintStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.satupintu.BadInput.oversizedJson;
import static id.satupintu.BadInput.withInvalidUtf8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to the HTTP APIs (web chat, classification, complaints, accounts, tokens) and Open311,
 * over real HTTP: one row per endpoint and bad input, each refused with a 4xx and a clear message,
 * nothing stored. Odd but valid texts are taken and stored as sent.
 */
@MessagingTest
class ApiBadInputTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String OPEN311_KEY = "open311-test-key-1234";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;

    BadInput bad;
    Actor admin;
    String adminToken;
    String trackingId;

    @BeforeEach
    void setUp() {
        data.clean();
        data.cleanAccounts();
        bad = new BadInput(jdbc);
        admin = data.account(Role.ADMIN, null);
        adminToken = data.token(admin);
        trackingId = data.reportIn(ComplaintStatus.DITERIMA, TestData.admin(), null);
    }

    static List<Case<ApiBadInputTest>> rows() {
        return List.of(
                // web chat
                new Case<>("POST /api/v1/webchat/messages", "malformed JSON",
                        t -> t.json("/api/v1/webchat/messages", "{\"session\":\"abcdefgh12\",\"text\":"), 400, "must be a JSON object"),
                new Case<>("POST /api/v1/webchat/messages", "invalid UTF-8",
                        t -> t.raw("/api/v1/webchat/messages", JSON, withInvalidUtf8("{\"session\":\"abcdefgh12\",\"text\":\"", "\"}")), 400, "must be a JSON object"),
                new Case<>("POST /api/v1/webchat/messages", "a JSON array",
                        t -> t.json("/api/v1/webchat/messages", "[1,2]"), 400, "must be a JSON object"),
                new Case<>("POST /api/v1/webchat/messages", "text of a number",
                        t -> t.json("/api/v1/webchat/messages", "{\"session\":\"abcdefgh12\",\"text\":{\"a\":1}}"), 400, "must be a JSON object"),
                new Case<>("POST /api/v1/webchat/messages", "missing session",
                        t -> t.json("/api/v1/webchat/messages", "{\"text\":\"jalan rusak\"}"), 400, "session must be 8 to 64 characters"),
                new Case<>("POST /api/v1/webchat/messages", "missing text",
                        t -> t.json("/api/v1/webchat/messages", "{\"session\":\"abcdefgh12\"}"), 400, "text must not be empty"),
                new Case<>("POST /api/v1/webchat/messages", "20,000 characters",
                        t -> t.json("/api/v1/webchat/messages", "{\"session\":\"abcdefgh12\",\"text\":\"" + "x".repeat(20_000) + "\"}"), 400, "text must be at most"),
                new Case<>("POST /api/v1/webchat/messages", "over 1 MB",
                        t -> t.raw("/api/v1/webchat/messages", JSON, oversizedJson("text")), 413, "is too large"),
                new Case<>("POST /api/v1/webchat/messages", "over 1 MB, chunked",
                        t -> BadInput.postChunked(t.url("/api/v1/webchat/messages"), JSON, oversizedJson("text")).build(), 413, "is too large"),
                new Case<>("POST /api/v1/webchat/messages", "form body",
                        t -> t.raw("/api/v1/webchat/messages", FORM, "session=abcdefgh12&text=halo".getBytes(StandardCharsets.UTF_8)), 415, "is not supported"),
                new Case<>("POST /api/v1/webchat/messages", "text/plain",
                        t -> t.raw("/api/v1/webchat/messages", "text/plain", "halo".getBytes(StandardCharsets.UTF_8)), 415, "is not supported"),
                new Case<>("GET /api/v1/webchat/messages", "no session",
                        t -> t.get("/api/v1/webchat/messages"), 400, "session"),
                new Case<>("GET /api/v1/webchat/messages", "after not a number",
                        t -> t.get("/api/v1/webchat/messages?session=abcdefgh12&after=%27%20OR%201=1"), 400, "after"),
                new Case<>("GET /api/v1/webchat/messages", "session not UTF-8",
                        t -> t.get("/api/v1/webchat/messages?session=abcdefgh%FF%FE"), 400, "UTF-8"),
                // classification
                new Case<>("POST /api/v1/classify", "malformed JSON",
                        t -> t.json("/api/v1/classify", "{\"text\":"), 400, "must be a JSON object"),
                new Case<>("POST /api/v1/classify", "invalid UTF-8",
                        t -> t.raw("/api/v1/classify", JSON, withInvalidUtf8("{\"text\":\"jalan ", "\"}")), 400, "must be a JSON object"),
                new Case<>("POST /api/v1/classify", "missing text",
                        t -> t.json("/api/v1/classify", "{\"channel\":\"sms\"}"), 400, "'text' is required"),
                new Case<>("POST /api/v1/classify", "20,000 characters",
                        t -> t.json("/api/v1/classify", "{\"text\":\"" + "jalan ".repeat(3334) + "\"}"), 400, "at most 10000 characters"),
                new Case<>("POST /api/v1/classify", "unknown channel",
                        t -> t.json("/api/v1/classify", "{\"text\":\"jalan rusak\",\"channel\":\"<script>\"}"), 400, "'channel' must be one of"),
                new Case<>("POST /api/v1/classify", "over 1 MB",
                        t -> t.raw("/api/v1/classify", JSON, oversizedJson("text")), 413, "is too large"),
                new Case<>("POST /api/v1/classify", "form body",
                        t -> t.raw("/api/v1/classify", FORM, "text=jalan".getBytes(StandardCharsets.UTF_8)), 415, "is not supported"),
                // complaints
                new Case<>("GET /api/v1/complaints", "no token",
                        t -> HttpRequest.newBuilder(URI.create(t.url("/api/v1/complaints"))).GET().build(), 401, "Authorization: Bearer <token>"),
                new Case<>("GET /api/v1/complaints", "unknown token",
                        t -> HttpRequest.newBuilder(URI.create(t.url("/api/v1/complaints"))).header("Authorization", "Bearer nope").GET().build(), 401, "Authorization: Bearer <token>"),
                new Case<>("GET /api/v1/complaints", "status not a status",
                        t -> t.authorizedGet("/api/v1/complaints?status=%27%3B%20DROP%20TABLE%20complaint"), 400, "status"),
                new Case<>("GET /api/v1/complaints", "size of a million",
                        t -> t.authorizedGet("/api/v1/complaints?size=1000000"), 400, "size"),
                new Case<>("GET /api/v1/complaints", "from not a date",
                        t -> t.authorizedGet("/api/v1/complaints?from=kemarin"), 400, "from"),
                new Case<>("GET /api/v1/complaints", "q not UTF-8",
                        t -> t.authorizedGet("/api/v1/complaints?q=%FF%FE"), 400, "UTF-8"),
                new Case<>("GET /api/v1/complaints/{id}", "unknown id",
                        t -> t.authorizedGet("/api/v1/complaints/%3Cscript%3E"), 404, "No report"),
                new Case<>("POST /api/v1/complaints/{id}/postpone", "malformed JSON",
                        t -> t.authorizedJson("/api/v1/complaints/" + t.trackingId + "/postpone", "{\"question\":"), 400, "Failed to read request"),
                new Case<>("POST /api/v1/complaints/{id}/postpone", "missing question",
                        t -> t.authorizedJson("/api/v1/complaints/" + t.trackingId + "/postpone", "{\"unknown\":1}"), 400, "question"),
                new Case<>("POST /api/v1/complaints/{id}/archive", "20,000 characters",
                        t -> t.authorizedJson("/api/v1/complaints/" + t.trackingId + "/archive", "{\"reason\":\"" + "x".repeat(20_000) + "\"}"), 400, "reason"),
                new Case<>("POST /api/v1/complaints/{id}/respond", "invalid UTF-8",
                        t -> t.authorized(BadInput.post(t.url("/api/v1/complaints/" + t.trackingId + "/respond"), JSON,
                                withInvalidUtf8("{\"response\":\"", "\"}"))), 400, "Failed to read request"),
                new Case<>("POST /api/v1/complaints/{id}/dispose", "form body",
                        t -> t.authorized(BadInput.post(t.url("/api/v1/complaints/" + t.trackingId + "/dispose"), FORM, "note=x")), 415, "is not supported"),
                new Case<>("POST /api/v1/complaints/{id}/reroute", "over 1 MB",
                        t -> t.authorized(BadInput.post(t.url("/api/v1/complaints/" + t.trackingId + "/reroute"), JSON, oversizedJson("note"))), 413, "is too large"),
                new Case<>("POST /api/v1/complaints/{id}/decline", "no token",
                        t -> BadInput.post(t.url("/api/v1/complaints/" + t.trackingId + "/decline"), JSON, "{\"reason\":\"x\"}").build(), 401, "Authorization: Bearer <token>"),
                // accounts
                new Case<>("POST /api/v1/accounts", "malformed JSON",
                        t -> t.authorizedJson("/api/v1/accounts", "{\"username\":"), 400, "Failed to read request"),
                new Case<>("POST /api/v1/accounts", "unknown role",
                        t -> t.authorizedJson("/api/v1/accounts", "{\"username\":\"budi\",\"password\":\"correct horse battery\",\"role\":\"ROOT\"}"), 400, "Failed to read request"),
                new Case<>("POST /api/v1/accounts", "missing fields",
                        t -> t.authorizedJson("/api/v1/accounts", "{}"), 400, "username"),
                new Case<>("POST /api/v1/accounts", "script as the username",
                        t -> t.authorizedJson("/api/v1/accounts", "{\"username\":\"<script>alert(1)</script>\",\"password\":\"correct horse battery\",\"role\":\"ADMIN\"}"), 400, "username"),
                new Case<>("POST /api/v1/accounts", "SQL as the username",
                        t -> t.authorizedJson("/api/v1/accounts", "{\"username\":\"x'); drop table account; --\",\"password\":\"correct horse battery\",\"role\":\"ADMIN\"}"), 400, "username"),
                new Case<>("POST /api/v1/accounts", "emoji as the username",
                        t -> t.authorizedJson("/api/v1/accounts", "{\"username\":\"budi🚧\u200d\",\"password\":\"correct horse battery\",\"role\":\"ADMIN\"}"), 400, "username"),
                new Case<>("POST /api/v1/accounts", "20,000-character password",
                        t -> t.authorizedJson("/api/v1/accounts", "{\"username\":\"budi\",\"password\":\"" + "p".repeat(20_000) + "\",\"role\":\"ADMIN\"}"), 400, "password"),
                new Case<>("POST /api/v1/accounts", "text/plain",
                        t -> t.authorized(BadInput.post(t.url("/api/v1/accounts"), "text/plain", "budi")), 415, "is not supported"),
                new Case<>("POST /api/v1/accounts", "no token",
                        t -> BadInput.post(t.url("/api/v1/accounts"), JSON, "{}").build(), 401, "Authorization: Bearer <token>"),
                new Case<>("POST /api/v1/accounts/{username}/tokens", "unknown account",
                        t -> t.authorizedJson("/api/v1/accounts/%3Cb%3Enobody/tokens", "{}"), 400, "No account"),
                new Case<>("DELETE /api/v1/accounts/{username}/tokens/{id}", "id not a number",
                        t -> t.authorized(HttpRequest.newBuilder(URI.create(t.url("/api/v1/accounts/budi/tokens/1%20OR%201=1"))).DELETE()), 400, "tokenId"),
                // tokens
                new Case<>("POST /api/v1/auth/token", "no password",
                        t -> BadInput.post(t.url("/api/v1/auth/token"), JSON, "{}").build(), 401, "HTTP Basic"),
                new Case<>("POST /api/v1/auth/token", "Basic not Base64",
                        t -> BadInput.post(t.url("/api/v1/auth/token"), JSON, "{}").header("Authorization", "Basic %%%not base64").build(), 401, "HTTP Basic"),
                new Case<>("POST /api/v1/auth/token", "Basic of invalid UTF-8",
                        t -> BadInput.post(t.url("/api/v1/auth/token"), JSON, "{}").header("Authorization",
                                "Basic " + Base64.getEncoder().encodeToString(withInvalidUtf8("admin", ":x"))).build(), 401, "HTTP Basic"),
                // Open311
                new Case<>("POST /open311/v2/requests.json", "description not UTF-8",
                        t -> t.raw("/open311/v2/requests.json", FORM, ("api_key=" + OPEN311_KEY
                                + "&service_code=INFRASTRUKTUR&address_string=Pendopo&description=jalan%FF%FErusak").getBytes(StandardCharsets.UTF_8)), 400, "UTF-8"),
                new Case<>("POST /open311/v2/requests.json", "raw bytes not UTF-8",
                        t -> t.raw("/open311/v2/requests.json", FORM, withInvalidUtf8("api_key=" + OPEN311_KEY
                                + "&service_code=INFRASTRUKTUR&address_string=Pendopo&description=jalan", "rusak")), 400, "UTF-8"),
                new Case<>("POST /open311/v2/requests.json", "a broken escape",
                        t -> t.raw("/open311/v2/requests.json", FORM, ("api_key=" + OPEN311_KEY
                                + "&service_code=INFRASTRUKTUR&address_string=Pendopo&description=100%").getBytes(StandardCharsets.UTF_8)), 400, "percent"),
                new Case<>("POST /open311/v2/requests.json", "a NUL character",
                        t -> t.raw("/open311/v2/requests.json", FORM, ("api_key=" + OPEN311_KEY
                                + "&service_code=INFRASTRUKTUR&address_string=Pendopo&description=jalan%00rusak&first_name=a%00").getBytes(StandardCharsets.UTF_8)),
                        400, "must not contain NUL characters"),
                new Case<>("POST /open311/v2/requests.json", "JSON body",
                        t -> t.json("/open311/v2/requests.json", "{\"api_key\":\"" + OPEN311_KEY + "\"}"), 415, "is not supported"),
                new Case<>("POST /open311/v2/requests.json", "missing description",
                        t -> t.form("/open311/v2/requests.json", Map.of("api_key", OPEN311_KEY, "service_code", "INFRASTRUKTUR",
                                "address_string", "Pendopo")), 400, "description is required"),
                new Case<>("POST /open311/v2/requests.json", "unknown service code",
                        t -> t.form("/open311/v2/requests.json", Map.of("api_key", OPEN311_KEY, "service_code", "<script>",
                                "address_string", "Pendopo", "description", "jalan")), 404, "No service"),
                new Case<>("POST /open311/v2/requests.json", "latitude of SQL",
                        t -> t.form("/open311/v2/requests.json", Map.of("api_key", OPEN311_KEY, "service_code", "INFRASTRUKTUR",
                                "lat", "1 OR 1=1", "long", "103", "description", "jalan")), 400, "lat must be"),
                new Case<>("POST /open311/v2/requests.json", "description of 20,001 characters",
                        t -> t.form("/open311/v2/requests.json", Map.of("api_key", OPEN311_KEY, "service_code", "INFRASTRUKTUR",
                                "address_string", "Pendopo", "description", "x".repeat(20_001))), 400, "at most 20000 characters"),
                new Case<>("POST /open311/v2/requests.json", "over 1 MB",
                        t -> t.form("/open311/v2/requests.json", Map.of("api_key", OPEN311_KEY, "service_code", "INFRASTRUKTUR",
                                "address_string", "Pendopo", "description", "x".repeat(BadInput.OVERSIZED_BYTES))), 413, "is too large"),
                new Case<>("POST /open311/v2/requests.json", "over 1 MB, chunked",
                        t -> BadInput.postChunked(t.url("/open311/v2/requests.json"), FORM, BadInput.form(Map.of("api_key", OPEN311_KEY,
                                "description", "x".repeat(BadInput.OVERSIZED_BYTES))).getBytes(StandardCharsets.UTF_8)).build(), 413, "is too large"),
                new Case<>("POST /open311/v2/requests.json", "no api key",
                        t -> t.form("/open311/v2/requests.json", Map.of("service_code", "INFRASTRUKTUR", "description", "x")), 403, "api_key"),
                new Case<>("GET /open311/v2/requests.json", "status not UTF-8",
                        t -> t.get("/open311/v2/requests.json?status=%FF"), 400, "UTF-8"),
                new Case<>("GET /open311/v2/requests.json", "start date of SQL",
                        t -> t.get("/open311/v2/requests.json?start_date=%27%20OR%201%3D1"), 400, "start_date must be"),
                new Case<>("GET /open311/v2/requests/{id}.json", "unknown id",
                        t -> t.get("/open311/v2/requests/%3Cscript%3E.json"), 404, "No service request"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputIsRefusedClearlyAndNothingIsStored(Case<ApiBadInputTest> row) {
        bad.assertRefused(row.request().apply(this), row.status(), row.message());
    }

    /** A console form posted to one action of a report that allows it, by whoever may take it. */
    record ConsoleRow(String action, String input, String form, int status, String message) {
        @Override
        public String toString() {
            return "POST /console/reports/{id}/" + action + ": " + input;
        }
    }

    /** The report's status each action is taken in; the agency (DINAS_PUPR-16.11) takes the last three. */
    private static final Map<String, ComplaintStatus> ACTIONS = Map.of("dispose", ComplaintStatus.DITERIMA,
            "postpone", ComplaintStatus.DITERIMA, "archive", ComplaintStatus.DITERIMA, "reroute", ComplaintStatus.BUKAN_WEWENANG,
            "decline", ComplaintStatus.DIDISPOSISI, "respond", ComplaintStatus.DIDISPOSISI, "complete", ComplaintStatus.DITINDAKLANJUTI);
    private static final String PUPR = "DINAS_PUPR-16.11";

    static List<ConsoleRow> consoleRows() {
        String refused = "Tindakan tidak dapat dilakukan";
        String longText = "x".repeat(20_001);
        List<ConsoleRow> rows = new ArrayList<>();
        for (String action : List.of("dispose", "postpone", "archive", "reroute", "decline", "respond", "complete")) {
            rows.add(new ConsoleRow(action, "form not UTF-8", "note=%FF&question=%FF&reason=%FF&response=%FF&agencyCode=%FF",
                    400, "percent-encoded UTF-8"));
            rows.add(new ConsoleRow(action, "over 1 MB", "note=" + "x".repeat(BadInput.OVERSIZED_BYTES), 413, "is too large"));
            rows.add(new ConsoleRow(action, "20,001 characters", BadInput.form(Map.of("note", longText, "question", longText,
                    "reason", longText, "response", longText, "agencyCode", PUPR)), 302, refused));
            rows.add(new ConsoleRow(action, "a NUL character", "note=a%00b&question=a%00b&reason=a%00b&response=a%00b&agencyCode=" + PUPR,
                    302, refused));
            rows.add(new ConsoleRow(action, "no CSRF token", null, 403, ""));
        }
        rows.add(new ConsoleRow("dispose", "agency of SQL", "agencyCode=%27%20OR%201%3D1", 302, refused));
        rows.add(new ConsoleRow("reroute", "no agency", "note=x", 302, refused));
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consoleRows")
    void badConsoleFormsAreRefusedClearlyAndNothingIsStored(ConsoleRow row) {
        ComplaintStatus status = ACTIONS.get(row.action());
        boolean byAgency = status != ComplaintStatus.DITERIMA && status != ComplaintStatus.BUKAN_WEWENANG;
        Actor agency = TestData.agencyStaff(PUPR);
        String id = data.reportIn(status, TestData.admin(), agency);
        Actor actor = byAgency ? data.account(Role.AGENCY, PUPR) : admin;
        String csrf = bad.signIn(url(""), actor.username(), TestData.PASSWORD);
        String path = url("/console/reports/" + id + "/" + row.action());
        HttpRequest request = row.form() == null ? BadInput.post(path, FORM, "note=x").build()
                : BadInput.post(path, FORM, row.form() + "&_csrf=" + csrf).build();
        if (row.status() == 302) {
            bad.assertRefusedOnPage(request, row.message());
        } else {
            bad.assertRefused(request, row.status(), row.message());
        }
    }

    @Test
    void consoleFormsOfAnotherOrNoReportAreNotFound() {
        String csrf = bad.signIn(url(""), admin.username(), TestData.PASSWORD);
        for (String action : ACTIONS.keySet()) {
            bad.assertRefused(BadInput.post(url("/console/reports/%3Cscript%3E/" + action), FORM,
                            "note=x&question=x&reason=x&response=x&agencyCode=" + PUPR + "&_csrf=" + csrf).build(),
                    404, "tidak ditemukan");
        }
        bad.assertRefused(HttpRequest.newBuilder(URI.create(url("/console/reports?page=%3Cscript%3E"))).GET().build(),
                400, "Permintaan tidak dapat diproses");
    }

    static List<String> unusualTexts() {
        return List.of(BadInput.UNUSUAL_TEXT, BadInput.SCRIPT_TEXT, BadInput.SQL_TEXT);
    }

    @ParameterizedTest
    @MethodSource("unusualTexts")
    void aWebChatMessageOfUnusualTextIsStoredAsSent(String text) {
        String session = "odd-" + UUID.randomUUID();
        bad.assertAccepted(json("/api/v1/webchat/messages", "{\"session\":\"" + session + "\",\"text\":"
                + MAPPER.writeValueAsString(text) + ",\"unknown\":{\"nested\":[1,2]}}"));

        assertThat(jdbc.sql("select text from inbound_message where channel = 'web' and address_id = ?").param(session).query(String.class).list())
                .containsExactly(text);
    }

    @Test
    void aNulCharacterInAWebChatMessageIsDropped() {
        String session = "nul-" + UUID.randomUUID();
        bad.assertAccepted(json("/api/v1/webchat/messages", "{\"session\":\"" + session + "\",\"text\":\"jalan\\u0000 rusak\"}"));

        assertThat(jdbc.sql("select text from inbound_message where channel = 'web' and address_id = ?").param(session)
                .query(String.class).list()).containsExactly("jalan rusak");
    }

    @ParameterizedTest
    @MethodSource("unusualTexts")
    void anOpen311RequestOfUnusualTextIsStoredAsSentAndShownEscaped(String text) {
        BadInput.Answer created = bad.assertAccepted(form("/open311/v2/requests.json", Map.of("api_key", OPEN311_KEY,
                "service_code", "INFRASTRUKTUR", "address_string", "Kecamatan Pendopo, Kabupaten Empat Lawang",
                "description", text, "first_name", text)));
        String id = MAPPER.readTree(created.body()).get(0).get("service_request_id").asString();

        assertThat(jdbc.sql("select description from complaint where tracking_id = ?").param(id).query(String.class).single())
                .isEqualTo(text);
        bad.signIn(url(""), admin.username(), TestData.PASSWORD);
        String page = bad.send(HttpRequest.newBuilder(URI.create(url("/console/reports/" + id))).GET().build()).body();
        assertThat(page).doesNotContain("<script>alert", "<img src=x", "<b>tebal");
        if (text.equals(BadInput.SCRIPT_TEXT)) {
            assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;tebal&lt;/b&gt; &amp; &lt;img src=x onerror=alert(1)&gt;");
        } else {
            assertThat(page).contains(text.replace("'", "&#39;"));
        }
    }

    // ---- requests --------------------------------------------------------------------------

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).GET().build();
    }

    HttpRequest json(String path, String body) {
        return BadInput.post(url(path), JSON, body).build();
    }

    HttpRequest raw(String path, String contentType, byte[] body) {
        return BadInput.post(url(path), contentType, body).build();
    }

    HttpRequest form(String path, Map<String, String> fields) {
        return BadInput.post(url(path), FORM, BadInput.form(fields)).build();
    }

    HttpRequest authorized(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + adminToken).build();
    }

    HttpRequest authorizedGet(String path) {
        return authorized(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    HttpRequest authorizedJson(String path, String body) {
        return authorized(BadInput.post(url(path), JSON, body));
    }
}
