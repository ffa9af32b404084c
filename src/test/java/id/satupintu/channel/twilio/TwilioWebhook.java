package id.satupintu.channel.twilio;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A webhook request as Twilio builds it: the documented parameter sets of an incoming SMS, an
 * incoming WhatsApp message (text, media, location) and a status callback
 * (twilio.com/docs/messaging/guides/webhook-request), form-encoded and signed with
 * {@code X-Twilio-Signature} over the public URL and the sorted parameters, posted to the
 * application. The signature is computed here independently of the SDK's validator.
 */
public final class TwilioWebhook {

    public record Response(int status, String contentType, String body) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 100_000_000);

    private final String path;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private String query;
    private String signingKey = FakeTwilio.AUTH_TOKEN;
    private String signedBase = FakeTwilio.PUBLIC_BASE_URL;
    private String signature;
    private String contentType = "application/x-www-form-urlencoded";
    private Duration timeout;

    private TwilioWebhook(String path) {
        this.path = path;
    }

    /** A citizen's mobile number no other test uses, E.164: {@code +62812} and eight digits. */
    public static String newNumber() {
        return "+62812" + String.format("%08d", NUMBERS.incrementAndGet() % 100_000_000);
    }

    /** A fresh message sid of the given kind ({@code SM} for text, {@code MM} with media). */
    public static String newSid(String prefix) {
        return prefix + "test" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    /** An incoming SMS from a citizen's phone to our number. */
    public static TwilioWebhook sms(String from, String body) {
        String sid = newSid("SM");
        return new TwilioWebhook(TwilioProperties.MESSAGES_PATH)
                .with("ToCountry", "US").with("ToState", "CA").with("SmsMessageSid", sid).with("NumMedia", "0")
                .with("ToCity", "").with("FromZip", "").with("SmsSid", sid).with("FromState", "")
                .with("SmsStatus", "received").with("FromCity", "").with("Body", body).with("FromCountry", "ID")
                .with("To", FakeTwilio.SMS_FROM).with("ToZip", "").with("NumSegments", "1")
                .with("MessageSid", sid).with("AccountSid", FakeTwilio.ACCOUNT_SID).with("From", from)
                .with("ApiVersion", "2010-04-01");
    }

    /** An incoming WhatsApp text message; {@code waId} is the number without the plus. */
    public static TwilioWebhook whatsapp(String number, String profileName, String body) {
        String sid = newSid("SM");
        return new TwilioWebhook(TwilioProperties.MESSAGES_PATH)
                .with("SmsMessageSid", sid).with("NumMedia", "0").with("ProfileName", profileName)
                .with("MessageType", "text").with("SmsSid", sid).with("WaId", number.replace("+", ""))
                .with("SmsStatus", "received").with("Body", body).with("To", FakeTwilio.WHATSAPP_FROM)
                .with("NumSegments", "1").with("ReferralNumMedia", "0").with("MessageSid", sid)
                .with("AccountSid", FakeTwilio.ACCOUNT_SID).with("From", "whatsapp:" + number)
                .with("ApiVersion", "2010-04-01")
                .with("ChannelMetadata", "{\"type\":\"whatsapp\",\"data\":{\"context\":{\"ProfileName\":\""
                        + profileName + "\",\"WaId\":\"" + number.replace("+", "") + "\"}}}");
    }

    /** An incoming WhatsApp photo with a caption. */
    public static TwilioWebhook whatsappMedia(String number, String profileName, String caption, String mediaUrl, String contentType) {
        String sid = newSid("MM");
        return whatsapp(number, profileName, caption)
                .with("SmsMessageSid", sid).with("SmsSid", sid).with("MessageSid", sid)
                .with("MessageType", contentType.startsWith("image/") ? "image" : "document")
                .with("NumMedia", "1").with("MediaContentType0", contentType).with("MediaUrl0", mediaUrl);
    }

    /** A location shared on WhatsApp: no body, coordinates, and the place's name and street when picked from the map. */
    public static TwilioWebhook whatsappLocation(String number, String profileName, String latitude, String longitude,
                                                 String label, String address) {
        TwilioWebhook webhook = whatsapp(number, profileName, "")
                .with("MessageType", "location").with("Latitude", latitude).with("Longitude", longitude);
        if (label != null) {
            webhook.with("Label", label);
        }
        if (address != null) {
            webhook.with("Address", address);
        }
        return webhook;
    }

    /** A status callback for a message we sent to {@code to} ({@code +62...} or {@code whatsapp:+62...}). */
    public static TwilioWebhook status(String messageSid, String to, String status) {
        boolean whatsapp = to.startsWith("whatsapp:");
        TwilioWebhook webhook = new TwilioWebhook(TwilioProperties.STATUS_PATH)
                .with("SmsSid", messageSid).with("SmsStatus", status).with("MessageStatus", status)
                .with("To", to).with("MessageSid", messageSid).with("AccountSid", FakeTwilio.ACCOUNT_SID)
                .with("From", whatsapp ? FakeTwilio.WHATSAPP_FROM : FakeTwilio.SMS_FROM).with("ApiVersion", "2010-04-01");
        if (whatsapp) {
            webhook.with("ChannelToAddress", to.substring("whatsapp:".length())).with("ChannelPrefix", "whatsapp")
                    .with("ChannelInstallSid", "XEtest-channel");
        }
        return webhook;
    }

    public TwilioWebhook with(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    public TwilioWebhook without(String name) {
        parameters.remove(name);
        return this;
    }

    public String get(String name) {
        return parameters.get(name);
    }

    /** The webhook URL configured in the console carries this query string; Twilio signs it too. */
    public TwilioWebhook query(String query) {
        this.query = query;
        return this;
    }

    /** Signs with another key (a forged request). */
    public TwilioWebhook signedWithKey(String key) {
        this.signingKey = key;
        return this;
    }

    /** Signs over another base URL than the public one (what a proxy's backend address would give). */
    public TwilioWebhook signedFor(String baseUrl) {
        this.signedBase = baseUrl;
        return this;
    }

    /** Sends this signature instead of computing one; an empty one sends no header at all. */
    public TwilioWebhook signature(String signature) {
        this.signature = signature;
        return this;
    }

    public TwilioWebhook contentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    /** Gives up waiting for the answer after this long, as Twilio does (15 s in production). */
    public TwilioWebhook timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** What Twilio puts in {@code X-Twilio-Signature}: Base64(HMAC-SHA1(token, URL + each sorted name and value)). */
    public String computeSignature() {
        StringBuilder signed = new StringBuilder(signedBase + path + (query == null ? "" : "?" + query));
        new TreeMap<>(parameters).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String body() {
        return parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Posts the request to the application on this port, signed unless told otherwise. */
    public Response post(int port) {
        return post(port, body());
    }

    /** Posts a raw body under this request's signature (for malformed bodies). */
    public Response post(int port, String rawBody) {
        try {
            HttpResponse<String> response = HTTP.send(request(port, HttpRequest.BodyPublishers.ofString(rawBody)),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request Twilio would send, with any body under this request's signature. */
    public HttpRequest request(int port, HttpRequest.BodyPublisher body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + (query == null ? "" : "?" + query)))
                .header("Content-Type", contentType)
                .header("User-Agent", "TwilioProxy/1.1")
                .header("I-Twilio-Idempotency-Token", UUID.randomUUID().toString())
                .POST(body);
        if (timeout != null) {
            request.timeout(timeout);
        }
        String sig = signature != null ? signature : computeSignature();
        if (!sig.isEmpty()) {
            request.header("X-Twilio-Signature", sig);
        }
        return request.build();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
