package id.satupintu.channel;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * The overall send rate of each channel, over all instances: one token bucket per channel
 * ({@link RateLimitBuckets}). The per-recipient spacing needs no bucket: the outbox sends to one
 * recipient one message at a time and knows when it sent the last one.
 */
@Component
class SendRateLimiter {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final RateLimitBuckets buckets;
    private final MessagingProperties properties;

    SendRateLimiter(RateLimitBuckets buckets, MessagingProperties properties) {
        this.buckets = buckets;
        this.properties = properties;
    }

    /** Takes a token for one message; when there is none, says how long until there is. */
    Optional<Duration> waitBeforeSending(Channel channel) {
        int perSecond = properties.rateLimit(channel).perSecond();
        if (perSecond <= 0) {
            return Optional.empty();
        }
        return buckets.take("send/" + channel.code(), perSecond, perSecond, SECOND, 1);
    }
}
