package id.satupintu.channel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of the inbox, the outbox and the per-channel send limits ({@code satupintu.messaging.*}).
 *
 * @param recoveryInterval how often an instance looks for messages left without a scheduled task
 *                         (no handler or sender was deployed when they came, or a crash between
 *                         storing and processing a synchronous message)
 * @param rateLimits       per channel (by code: {@code telegram}, {@code sms}, ...); a channel
 *                         without an entry is not limited by us
 * @param flood            the per-sender inbound limit
 */
@ConfigurationProperties("satupintu.messaging")
record MessagingProperties(@DefaultValue InboxSettings inbox,
                           @DefaultValue OutboxSettings outbox,
                           @DefaultValue FloodSettings flood,
                           @DefaultValue("1m") Duration recoveryInterval,
                           Map<Channel, RateLimit> rateLimits) {

    MessagingProperties {
        rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
    }

    RateLimit rateLimit(Channel channel) {
        return rateLimits.getOrDefault(channel, RateLimit.NONE);
    }

    /**
     * @param batchWindow how long to wait after a citizen's first message for more before the
     *                    handler reads them together
     * @param maxBatch    at most this many messages in one batch
     * @param maxAttempts a batch whose handling failed this many times is parked as failed
     * @param firstRetry  the wait before the first retry; it doubles with every further failure
     * @param maxRetry    up to this wait
     */
    record InboxSettings(@DefaultValue("1500ms") Duration batchWindow,
                         @DefaultValue("20") int maxBatch,
                         @DefaultValue("5") int maxAttempts,
                         @DefaultValue("1s") Duration firstRetry,
                         @DefaultValue("5m") Duration maxRetry) {

        Backoff backoff() {
            return new Backoff(firstRetry, maxRetry);
        }
    }

    /**
     * Flood control of what one sender writes (see {@link FloodControl}).
     *
     * @param burst          messages a sender may send at once before being slowed; 0 switches flood control off
     * @param perMinute      then this many a minute, added back evenly
     * @param noticeInterval a sender being slowed is told so at most once in this time
     */
    record FloodSettings(@DefaultValue("20") int burst,
                         @DefaultValue("30") int perMinute,
                         @DefaultValue("1h") Duration noticeInterval) {

        boolean enabled() {
            return burst > 0 && perMinute > 0;
        }
    }

    /** @param maxAttempts a message not sent after this many attempts is marked failed */
    record OutboxSettings(@DefaultValue("10") int maxAttempts,
                          @DefaultValue("2s") Duration firstRetry,
                          @DefaultValue("10m") Duration maxRetry) {

        Backoff backoff() {
            return new Backoff(firstRetry, maxRetry);
        }
    }

    /** Exponential backoff: {@code first}, twice that, four times that, ... never more than {@code max}. */
    record Backoff(Duration first, Duration max) {

        Duration afterAttempt(int attempt) {
            int doublings = Math.clamp(attempt - 1, 0, 30);
            long millis = first.toMillis() << doublings;
            return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
        }
    }

    /**
     * @param perRecipient the least time between two messages to one recipient (Telegram: 1 s per chat)
     * @param perSecond    messages per second over all recipients of the channel, over all
     *                     instances (Telegram: 30); 0 for no limit
     */
    record RateLimit(@DefaultValue("0s") Duration perRecipient, @DefaultValue("0") int perSecond) {

        static final RateLimit NONE = new RateLimit(Duration.ZERO, 0);
    }
}
