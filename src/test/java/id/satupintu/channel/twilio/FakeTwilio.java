package id.satupintu.channel.twilio;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * WireMock playing Twilio's REST API and media storage, one server per JVM shared by every test
 * that imports {@link Settings}: the Messages API answers 201 with a message resource unless a
 * recipient is given other answers with {@link #answerMessagesTo}. Tests tell their requests
 * apart by recipient, so nothing is ever reset.
 */
public final class FakeTwilio {

    /** The fake account of {@code twilio-test.properties}; not shaped like a real account sid. */
    public static final String ACCOUNT_SID = "ACtest-satupintu";
    public static final String AUTH_TOKEN = "test-auth-token-satupintu";
    public static final String SMS_FROM = "+15005550006";
    public static final String WHATSAPP_FROM = "whatsapp:+14155238886";
    public static final String TEMPLATE_SID = "HXtest-status-update";
    public static final String MESSAGING_SERVICE_SID = "MGtest-notifications";
    /** Where Twilio reaches the application in the tests: a proxy in front of it, as in production. */
    public static final String PUBLIC_BASE_URL = "https://satupintu.example";
    public static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

    private static final FakeTwilio INSTANCE = new FakeTwilio();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    private FakeTwilio() {
        server.start();
        server.stubFor(post(urlPathEqualTo(MESSAGES_PATH)).atPriority(10).willReturn(created()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }

    public static FakeTwilio instance() {
        return INSTANCE;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Points the application's Twilio client at this server. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Settings {

        @Bean
        DynamicPropertyRegistrar fakeTwilioApiUrl() {
            return registry -> registry.add("satupintu.twilio.api-url", INSTANCE::baseUrl);
        }
    }

    /** The next answers of the Messages API to one recipient ({@code +62...} or {@code whatsapp:+62...}), then 201s again. */
    public void answerMessagesTo(String to, ResponseDefinitionBuilder... answers) {
        String scenario = "messages to " + to + " " + UUID.randomUUID();
        for (int i = 0; i < answers.length; i++) {
            server.stubFor(post(urlPathEqualTo(MESSAGES_PATH))
                    .withFormParam("To", equalTo(to))
                    .atPriority(1)
                    .inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i)
                    .willSetStateTo("answer " + (i + 1))
                    .willReturn(answers[i]));
        }
    }

    /** Twilio's answer to a created message: the message resource, with a fresh sid. */
    public static ResponseDefinitionBuilder created() {
        return created("SMtest{{randomValue length=24 type='ALPHANUMERIC'}}").withTransformers("response-template");
    }

    /** Twilio's answer to a created message with this sid. */
    public static ResponseDefinitionBuilder created(String sid) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                {"sid": "%s", "account_sid": "%s", "status": "queued", "direction": "outbound-api",
                 "api_version": "2010-04-01", "num_segments": "1", "num_media": "0", "price": null,
                 "error_code": null, "date_created": "Mon, 01 Dec 2026 10:00:00 +0000"}""".formatted(sid, ACCOUNT_SID));
    }

    /** A Twilio REST error as the API sends it (see twilio.com/docs/errors). */
    public static ResponseDefinitionBuilder error(int status, int code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
                {"code": %d, "message": "%s", "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}"""
                .formatted(code, message, code, status));
    }

    /** The form parameters of every Messages API call to one recipient, in order. */
    public List<Map<String, String>> messagesTo(String to) {
        return messageRequestsTo(to).stream().map(FakeTwilio::form).toList();
    }

    /** When each Messages API call to one recipient came, in order. */
    public List<Instant> messageTimesTo(String to) {
        return messageRequestsTo(to).stream().map(r -> r.getLoggedDate().toInstant()).toList();
    }

    /**
     * The sids of the messages to one recipient that the Messages API created (answered 201), in
     * order: what Twilio would deliver, unlike a call whose answer never reached the caller.
     */
    public List<String> createdSidsTo(String to) {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith(MESSAGES_PATH))
                .filter(event -> to.equals(form(event.getRequest()).get("To")))
                .filter(event -> event.getResponse().getStatus() == 201)
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(event -> JSON.readTree(event.getResponse().getBodyAsString()).get("sid").asString())
                .toList();
    }

    private List<LoggedRequest> messageRequestsTo(String to) {
        return server.findAll(postRequestedFor(urlPathEqualTo(MESSAGES_PATH)).withFormParam("To", equalTo(to))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    /** Media at {@code /2010-04-01/Accounts/{sid}/Messages/{MM}/Media/{ME}} that needs the account's credentials. */
    public String media(String mediaSid, String contentType, byte[] content) {
        return slowMedia(mediaSid, contentType, content, Duration.ZERO);
    }

    /** Media that takes this long to come (a webhook that downloads it stays in flight meanwhile). */
    public String slowMedia(String mediaSid, String contentType, byte[] content, Duration delay) {
        String path = mediaPath(mediaSid);
        server.stubFor(get(urlPathEqualTo(path)).withBasicAuth(ACCOUNT_SID, AUTH_TOKEN)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(content)
                        .withFixedDelay((int) delay.toMillis())));
        return "https://api.twilio.com" + path;
    }

    /** Media whose URL redirects to storage elsewhere, as Twilio's media URLs do. */
    public String redirectedMedia(String mediaSid, String contentType, byte[] content) {
        String path = mediaPath(mediaSid);
        String storage = "/storage/" + mediaSid;
        server.stubFor(get(urlPathEqualTo(path)).withBasicAuth(ACCOUNT_SID, AUTH_TOKEN)
                .willReturn(aResponse().withStatus(307).withHeader("Location", baseUrl() + storage)));
        server.stubFor(get(urlPathEqualTo(storage))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(content)));
        return "https://api.twilio.com" + path;
    }

    /** Media that cannot be fetched: Twilio answers with this status. */
    public String brokenMedia(String mediaSid, int status) {
        String path = mediaPath(mediaSid);
        server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{}").withStatus(status)));
        return "https://api.twilio.com" + path;
    }

    /** The requests made for a path (to check which carried credentials). */
    public List<LoggedRequest> requestsFor(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path)));
    }

    public static String mediaPath(String mediaSid) {
        return "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/MMtest" + mediaSid + "/Media/" + mediaSid;
    }

    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        request.formParameters().forEach((name, parameter) -> form.put(name, ((FormParameter) parameter).firstValue()));
        return form;
    }
}
