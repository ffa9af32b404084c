package id.satupintu.channel.twilio;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where Twilio's URLs lead: to Twilio itself, or, with {@code TWILIO_API_URL} set, to that server
 * instead (WireMock in tests). The REST calls and the media downloads both go through here, so
 * that one setting moves all of Twilio.
 */
final class TwilioUrls {

    private final URI apiUrl;

    /** @param apiUrl the server standing in for {@code *.twilio.com}, or null for Twilio itself */
    TwilioUrls(URI apiUrl) {
        this.apiUrl = apiUrl;
    }

    boolean redirected() {
        return apiUrl != null;
    }

    /** Whether a URL is Twilio's own (the API, the media of a message). */
    static boolean isTwilio(URI url) {
        String host = url.getHost();
        return host != null && (host.equalsIgnoreCase("twilio.com") || host.toLowerCase().endsWith(".twilio.com"));
    }

    /** The URL to call for a Twilio URL: the same path on the stand-in server when there is one. */
    URI rewrite(URI url) {
        if (apiUrl == null || !isTwilio(url)) {
            return url;
        }
        String basePath = apiUrl.getRawPath() == null ? "" : apiUrl.getRawPath().replaceFirst("/$", "");
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        try {
            return new URI(apiUrl.getScheme() + "://" + apiUrl.getRawAuthority() + basePath + url.getRawPath() + query);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot move " + url + " to " + apiUrl, e);
        }
    }
}
