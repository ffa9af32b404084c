package id.satupintu.channel.telegram;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock playing the Telegram Bot API for every test of the Telegram channel: one server per JVM,
 * answering as the Bot API does (lower-case method paths as TelegramBots sends them, JSON
 * {@code {"ok":...}} envelopes, {@code /file/bot<token>/<path>} downloads). By default it takes
 * every sendMessage, answerCallbackQuery, setWebhook and deleteWebhook, and has no updates to poll
 * (it holds getUpdates a moment, as Telegram holds a long poll). Tests add answers for their own
 * chats, so that tests never need to reset it.
 *
 * <p>Point the application at it with {@code satupintu.telegram.api-url=}{@link #url()} and
 * {@code satupintu.telegram.bot-token=}{@link #TOKEN}; {@link TelegramTest} does both.
 */
public final class TelegramBotApi {

    /** A test token, deliberately not shaped like a real one. */
    public static final String TOKEN = "4242:satupintu-test-token";
    private static final int DEFAULTS = 10;
    private static final int SCRIPTED = 1;
    private static final WireMockServer SERVER = start();

    private TelegramBotApi() {
    }

    private static WireMockServer start() {
        var server = new WireMockServer(options().dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "telegram-bot-api-stop"));
        server.stubFor(post(method("sendmessage")).atPriority(DEFAULTS).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"ok":true,"result":{"message_id":{{randomInt lower=1000 upper=999999}},"date":{{now format='unix'}},
                        "chat":{"id":{{jsonPath request.body '$.chat_id'}},"type":"private"},"text":"sent"}}""")
                .withTransformers("response-template")));
        server.stubFor(post(method("answercallbackquery")).atPriority(DEFAULTS).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(post(method("setWebhook")).atPriority(DEFAULTS)
                .willReturn(okJson("{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}")));
        server.stubFor(post(method("deleteWebhook")).atPriority(DEFAULTS)
                .willReturn(okJson("{\"ok\":true,\"result\":true,\"description\":\"Webhook is already deleted\"}")));
        server.stubFor(post(method("getupdates")).atPriority(DEFAULTS)
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(300)));
        return server;
    }

    public static WireMockServer server() {
        return SERVER;
    }

    /** The base URL, as TELEGRAM_API_URL. */
    public static String url() {
        return "http://localhost:" + SERVER.port();
    }

    /** The path of a Bot API method as TelegramBots calls it, e.g. {@code sendmessage}. */
    public static String path(String method) {
        return "/bot" + TOKEN + "/" + method;
    }

    private static com.github.tomakehurst.wiremock.matching.UrlPathPattern method(String name) {
        return urlPathEqualTo(path(name));
    }

    /** The Bot API's answer to a failed call, e.g. {@code error(429, "Too Many Requests: retry after 2", 2)}. */
    public static ResponseDefinitionBuilder error(int code, String description, Integer retryAfter) {
        String parameters = retryAfter == null ? "" : ",\"parameters\":{\"retry_after\":" + retryAfter + "}";
        return aResponse().withStatus(code).withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"" + parameters + "}");
    }

    /** The next sendMessage calls to a chat get these answers in order; later ones are taken again. */
    public static void answerSendMessage(String chatId, ResponseDefinitionBuilder... inOrder) {
        inSequence(() -> post(method("sendmessage")).withRequestBody(matchingJsonPath("$.chat_id", equalTo(chatId))), inOrder);
    }

    /** The next getUpdates calls get these answers in order; then there is nothing new again. */
    public static void answerGetUpdates(ResponseDefinitionBuilder... inOrder) {
        inSequence(() -> post(method("getupdates")), inOrder);
    }

    /** The next getUpdates call returns these updates (Update JSON objects). */
    public static void serveUpdates(List<String> updates) {
        answerGetUpdates(okJson("{\"ok\":true,\"result\":[" + String.join(",", updates) + "]}"));
    }

    /** The next setWebhook calls get these answers in order. */
    public static void answerSetWebhook(ResponseDefinitionBuilder... inOrder) {
        inSequence(() -> post(method("setWebhook")), inOrder);
    }

    /** getFile knows the file, and the download serves its content. */
    public static void serveFile(String fileId, String filePath, byte[] content) {
        SERVER.stubFor(post(method("getFile")).atPriority(SCRIPTED)
                .withRequestBody(matchingJsonPath("$.file_id", equalTo(fileId)))
                .willReturn(okJson("""
                        {"ok":true,"result":{"file_id":"%s","file_unique_id":"u-%s","file_size":%d,"file_path":"%s"}}"""
                        .formatted(fileId, fileId, content.length, filePath))));
        SERVER.stubFor(get(urlPathEqualTo("/file/bot" + TOKEN + "/" + filePath)).atPriority(SCRIPTED)
                .willReturn(aResponse().withHeader("Content-Type", "application/octet-stream").withBody(content)));
    }

    /** The next getFile calls for a file get these answers in order; then {@link #serveFile} answers. */
    public static void answerGetFile(String fileId, ResponseDefinitionBuilder... inOrder) {
        inSequence(() -> post(method("getFile")).withRequestBody(matchingJsonPath("$.file_id", equalTo(fileId))), inOrder);
    }

    /** A photo update, and the bytes of its largest size. */
    public record Photo(String update, byte[] content) {
    }

    /** A photo update whose largest size getFile first answers with 502 Bad Gateway, then serves. */
    public static Photo photoServedAfterABadGateway(String chatId, String caption) {
        long id = Updates.nextUpdateId();
        byte[] jpeg = ("\u00ff\u00d8 photo " + id).getBytes(StandardCharsets.ISO_8859_1);
        serveFile("big-" + id, "photos/file_" + id + ".jpg", jpeg);
        answerGetFile("big-" + id, error(502, "Bad Gateway", null));
        return new Photo(Updates.photo(id, chatId, caption, "small-" + id, "big-" + id), jpeg);
    }

    private static void inSequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
        String scenario = UUID.randomUUID().toString();
        for (int i = 0; i < answers.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "answer-" + i;
            SERVER.stubFor(request.get().atPriority(SCRIPTED).inScenario(scenario).whenScenarioStateIs(state)
                    .willSetStateTo("answer-" + (i + 1)).willReturn(answers[i]));
        }
    }

    public static List<LoggedRequest> sendMessageRequests(String chatId) {
        return SERVER.findAll(postRequestedFor(method("sendmessage")).withRequestBody(matchingJsonPath("$.chat_id", equalTo(chatId))));
    }

    /** sendMessage calls to a chat whose JSON contains {@code json} (extra fields allowed). */
    public static List<LoggedRequest> sendMessageRequests(String chatId, String json) {
        return SERVER.findAll(postRequestedFor(method("sendmessage"))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(chatId)))
                .withRequestBody(equalToJson(json, false, true)));
    }

    public static List<LoggedRequest> answerCallbackQueryRequests(String callbackQueryId) {
        return SERVER.findAll(postRequestedFor(method("answercallbackquery"))
                .withRequestBody(matchingJsonPath("$.callback_query_id", equalTo(callbackQueryId))));
    }

    public static List<LoggedRequest> setWebhookRequests() {
        return SERVER.findAll(postRequestedFor(method("setWebhook")));
    }

    public static List<LoggedRequest> getUpdatesRequests() {
        return SERVER.findAll(postRequestedFor(method("getupdates")));
    }
}
