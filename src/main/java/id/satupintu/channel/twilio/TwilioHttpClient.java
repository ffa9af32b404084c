package id.satupintu.channel.twilio;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.core5.http.Header;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The SDK's transport, changed in three ways. It makes one attempt per call: the outbox decides
 * about retries, with backoff and a record of each attempt (the SDK would silently try a 5xx three
 * times, 100 ms apart). A 429 or 503 with {@code Retry-After} ends in {@link RetryAfter}, since the
 * SDK's exceptions do not carry headers. And with an API URL set, every call goes to that server
 * instead of {@code *.twilio.com}: the SDK has no base-URL setting.
 */
final class TwilioHttpClient extends HttpClient {

    /** Twilio asked us to wait before the next call. */
    static final class RetryAfter extends RuntimeException {

        private final transient Duration wait;

        RetryAfter(int status, Duration wait) {
            super("HTTP " + status + ", Retry-After " + wait.toSeconds() + " s");
            this.wait = wait;
        }

        Duration waitFor() {
            return wait;
        }
    }

    private final NetworkHttpClient network = new NetworkHttpClient();
    private final TwilioUrls urls;

    TwilioHttpClient(TwilioUrls urls) {
        this.urls = urls;
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        Response response = network.makeRequest(urls.redirected() ? redirect(request) : request);
        int status = response.getStatusCode();
        if (status == 429 || status == 503) {
            retryAfter(response).ifPresent(wait -> {
                throw new RetryAfter(status, wait);
            });
        }
        return response;
    }

    private Request redirect(Request original) {
        Request copy = new Request(original.getMethod(), urls.rewrite(URI.create(original.getUrl())).toString());
        original.getQueryParams().forEach((name, values) -> values.forEach(v -> copy.addQueryParam(name, v)));
        original.getPostParams().forEach((name, values) -> values.forEach(v -> copy.addPostParam(name, v)));
        original.getHeaderParams().forEach((name, values) -> values.forEach(v -> copy.addHeaderParam(name, v)));
        if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        } else if (original.getUsername() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        }
        if (original.getContentType() != null) {
            copy.setContentType(original.getContentType());
        }
        if (original.getBody() != null) {
            copy.setBody(original.getBody());
        }
        if (original.getFormParameters() != null) {
            copy.setFormParameters(original.getFormParameters());
        }
        return copy;
    }

    /** Only the delta-seconds form: Twilio sends no dates there. */
    private static Optional<Duration> retryAfter(Response response) {
        Header[] headers = response.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        return Arrays.stream(headers)
                .filter(h -> h.getName().equalsIgnoreCase("Retry-After"))
                .map(Header::getValue)
                .filter(v -> v != null && v.strip().matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
                .findFirst();
    }
}
