package id.satupintu;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input suites' shared checks, over real HTTP (Tomcat itself decodes query strings and
 * forms, and sees chunked bodies, which a mock request does not): a refusal is a 4xx with a
 * clear message, no stack trace or class name, and nothing stored in any table a request could
 * write to; an accepted odd text is stored exactly as sent.
 */
public final class BadInput {

    /** Every table a webhook, API call or console form can write to. */
    static final List<String> TABLES = List.of("inbound_message", "inbound_attachment", "outbound_message",
            "conversation", "social_mention", "open311_request", "complaint", "complaint_event", "account",
            "api_token", "handoff");

    /** Signs of an internal error shown to the caller. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat (id\\.satupintu|org\\.|java\\.|jakarta\\.)|Exception\\b|\\.java:\\d+|\\btrace\\b|tools\\.jackson|com\\.fasterxml|"
                    + "org\\.postgresql|SQLState|\\bline: \\d+, column: \\d+");

    /** A mix no parser should choke on: emoji, Arabic (RTL) with a right-to-left mark, zero-width joiner and space. */
    public static final String UNUSUAL_TEXT = "Lampu jalan mati 💡🚧👍🏽 \u200fالشارع مظلم\u200f ke\u200dlu\u200brahan";
    public static final String SCRIPT_TEXT = "<script>alert('x')</script><b>tebal</b> & <img src=x onerror=alert(1)>";
    public static final String SQL_TEXT = "Robert'); DROP TABLE complaint; -- ' OR '1'='1";
    /** Larger than any 1 MB limit, smaller than what would slow the suite. */
    public static final int OVERSIZED_BYTES = 1024 * 1024 + 1;
    /** Bytes that are not UTF-8: a lone continuation byte and two bytes never used. */
    public static final byte[] NOT_UTF8 = {(byte) 0x80, (byte) 0xfe, (byte) 0xff};

    /** One bad request, built by the test class {@code T} that holds the server's port, and how it must be answered. */
    public record Case<T>(String endpoint, String input, Function<T, HttpRequest> request, int status, String message) {
        @Override
        public String toString() {
            return endpoint + ": " + input;
        }
    }

    /** Texts every channel must take and keep as sent: {@code @MethodSource("id.satupintu.BadInput#acceptedTexts")}. */
    public static List<String> acceptedTexts() {
        return List.of(UNUSUAL_TEXT, SCRIPT_TEXT, SQL_TEXT, "x".repeat(20_000));
    }

    public record Answer(int status, String contentType, String location, String body) {
    }

    private final JdbcClient jdbc;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public BadInput(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of rows of each table in {@link #TABLES}. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    /**
     * The counts once no background work of an earlier test (the inbox, the outbox, triage) is
     * still adding rows: two snapshots a moment apart agree.
     */
    private Map<String, Long> quietCounts() {
        Map<String, Long> last = counts();
        for (int i = 0; i < 50; i++) {
            pause();
            Map<String, Long> now = counts();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("The tables keep changing: " + last);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends the request and checks it is refused with {@code status}, its body naming what is
     * wrong ({@code clearMessage}), and that no table gained or lost a row.
     */
    public Answer assertRefused(HttpRequest request, int status, String clearMessage) {
        Map<String, Long> before = quietCounts();
        Answer answer = send(request);
        assertThat(answer.status()).as("status of %s, answered %s", request, answer.body()).isEqualTo(status);
        assertClear(answer, clearMessage);
        assertThat(counts()).as("rows after a refused request").isEqualTo(before);
        return answer;
    }

    /**
     * For a console form: the action is refused on the page it leads back to (a redirect, then
     * {@code clearMessage} on that page), and no table gained or lost a row.
     */
    public Answer assertRefusedOnPage(HttpRequest request, String clearMessage) {
        Map<String, Long> before = quietCounts();
        Answer answer = send(request);
        assertThat(answer.status()).as("status of %s, answered %s", request, answer.body()).isEqualTo(302);
        assertThat(counts()).as("rows after a refused action").isEqualTo(before);
        Answer page = send(HttpRequest.newBuilder(request.uri().resolve(answer.location())).GET().build());
        assertClear(page, clearMessage);
        return page;
    }

    /** Sends the request and checks it is accepted (2xx) without any sign of an internal error. */
    public Answer assertAccepted(HttpRequest request) {
        Answer answer = send(request);
        assertThat(answer.status()).as("status of %s, answered %s", request, answer.body()).isBetween(200, 299);
        assertNoLeak(answer);
        return answer;
    }

    public static void assertClear(Answer answer, String clearMessage) {
        assertThat(answer.body()).as("the answer's message").contains(clearMessage);
        assertNoLeak(answer);
    }

    public static void assertNoLeak(Answer answer) {
        assertThat(LEAK.matcher(answer.body()).find()).as("internals shown in %s", answer.body()).isFalse();
    }

    // ---- building requests -----------------------------------------------------------------

    public static HttpRequest.Builder post(String url, String contentType, byte[] body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    public static HttpRequest.Builder post(String url, String contentType, String body) {
        return post(url, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A body sent in chunks, without a Content-Length, as a streaming client sends it. */
    public static HttpRequest.Builder postChunked(String url, String contentType, byte[] body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    /** A JSON document of at least {@link #OVERSIZED_BYTES}: one long string field. */
    public static byte[] oversizedJson(String field) {
        return ("{\"" + field + "\":\"" + "a".repeat(OVERSIZED_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code prefix}, the bytes that are not UTF-8, then {@code suffix}. */
    public static byte[] withInvalidUtf8(String prefix, String suffix) {
        byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] end = suffix.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + NOT_UTF8.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(NOT_UTF8, 0, body, start.length, NOT_UTF8.length);
        System.arraycopy(end, 0, body, start.length + NOT_UTF8.length, end.length);
        return body;
    }

    /** {@code body} with the bytes that are not UTF-8 in place of {@code marker}. */
    public static byte[] withInvalidUtf8At(String body, String marker) {
        int at = body.indexOf(marker);
        return withInvalidUtf8(body.substring(0, at), body.substring(at + marker.length()));
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    // ---- the console -----------------------------------------------------------------------

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /**
     * Signs in to the console at {@code base} as a browser does (session cookie, CSRF token of the
     * form) and returns the CSRF token the console's forms carry from then on.
     */
    public String signIn(String base, String username, String password) {
        String loginToken = csrfOf(send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build()).body());
        Answer signedIn = send(post(base + "/login", "application/x-www-form-urlencoded",
                form(Map.of("username", username, "password", password, "_csrf", loginToken))).build());
        assertThat(signedIn.status()).as("sign-in").isEqualTo(302);
        return csrfOf(send(HttpRequest.newBuilder(URI.create(base + "/console/reports")).GET().build()).body());
    }

    private static String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }
}
