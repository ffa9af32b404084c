package id.satupintu.channel.twilio;

import id.satupintu.channel.Attachment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches the media of an inbound message (a WhatsApp photo, an MMS picture). The media URL is on
 * Twilio's API and needs the account's credentials when the account requires HTTP Basic auth for
 * media; it answers with a redirect to short-lived storage, which gets no credentials. A media
 * file that is too large, too slow or fails is left out, never the message.
 */
@Component
@ConditionalOnTwilio
class TwilioMedia {

    private static final Logger log = LoggerFactory.getLogger(TwilioMedia.class);
    private static final int MAX_REDIRECTS = 5;

    /** One media item of an inbound message, as the webhook names it. */
    record Media(int index, URI url, String contentType) {
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final TwilioUrls urls;
    private final String credentials;
    private final long maxSize;
    private final Duration timeout;

    TwilioMedia(TwilioUrls urls, TwilioProperties properties) {
        this.urls = urls;
        this.credentials = "Basic " + Base64.getEncoder().encodeToString(
                (properties.accountSid() + ":" + properties.authToken()).getBytes(StandardCharsets.UTF_8));
        this.maxSize = properties.maxMediaSize().toBytes();
        this.timeout = properties.mediaTimeout();
    }

    /** The media that could be fetched, in order. */
    List<Attachment> download(List<Media> media) {
        List<Attachment> attachments = new ArrayList<>(media.size());
        for (Media m : media) {
            fetch(m).ifPresent(attachments::add);
        }
        return attachments;
    }

    private Optional<Attachment> fetch(Media media) {
        URI target = urls.rewrite(media.url());
        boolean authenticate = TwilioUrls.isTwilio(media.url());
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                HttpResponse<byte[]> response = get(target, authenticate);
                int status = response.statusCode();
                Optional<String> location = response.headers().firstValue("Location");
                if (status >= 300 && status < 400 && location.isPresent()) {
                    target = target.resolve(location.get());
                    authenticate = false;
                    continue;
                }
                if (status != 200) {
                    log.warn("Media {} of an inbound message not kept: HTTP {}", media.index(), status);
                    return Optional.empty();
                }
                String type = media.contentType() != null ? media.contentType()
                        : response.headers().firstValue("Content-Type").orElse("application/octet-stream");
                return Optional.of(new Attachment(fileName(media.url(), type), type, response.body()));
            }
            log.warn("Media {} of an inbound message not kept: more than {} redirects", media.index(), MAX_REDIRECTS);
        } catch (TimeoutException e) {
            log.warn("Media {} of an inbound message not kept: not fetched within {}", media.index(), timeout);
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (cause instanceof TooLarge) {
                log.warn("Media {} of an inbound message not kept: larger than {} bytes", media.index(), maxSize);
            } else {
                log.warn("Media {} of an inbound message not kept: {}", media.index(), cause.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private HttpResponse<byte[]> get(URI url, boolean authenticate)
            throws InterruptedException, ExecutionException, TimeoutException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(timeout);
        if (authenticate) {
            request.header("Authorization", credentials);
        }
        CompletableFuture<HttpResponse<byte[]>> response = http.sendAsync(request.build(), info -> new Capped(maxSize));
        try {
            return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw e;
        }
    }

    /** {@code ME123.jpeg}: Twilio's media sid with the type's subtype. */
    private static String fileName(URI url, String contentType) {
        String path = url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        String subtype = contentType.contains("/") ? contentType.substring(contentType.indexOf('/') + 1) : "bin";
        subtype = subtype.split("[;+]", 2)[0].strip();
        return (name.isBlank() ? "media" : name) + "." + (subtype.matches("[A-Za-z0-9.-]{1,20}") ? subtype : "bin");
    }

    private static final class TooLarge extends RuntimeException {

        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Collects the body, or gives up (and stops the download) once it grows past the limit. */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {

        private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
        private final long max;
        private long received;
        private boolean overflowed;
        private Flow.Subscription subscription;

        Capped(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return bytes.getBody();
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            bytes.onSubscribe(subscription);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (overflowed) {
                return;
            }
            received += items.stream().mapToLong(ByteBuffer::remaining).sum();
            if (received > max) {
                overflowed = true;
                subscription.cancel();
                bytes.onError(new TooLarge());
                return;
            }
            bytes.onNext(items);
        }

        @Override
        public void onError(Throwable error) {
            if (!overflowed) {
                bytes.onError(error);
            }
        }

        @Override
        public void onComplete() {
            if (!overflowed) {
                bytes.onComplete();
            }
        }
    }
}
