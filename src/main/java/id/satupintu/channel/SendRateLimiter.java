package id.satupintu.channel;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * The overall send rate of each channel, over all instances: one Bucket4j token bucket per channel,
 * kept in PostgreSQL ({@code rate_limit_bucket}). The per-recipient spacing needs no bucket: the
 * outbox sends to one recipient one message at a time and knows when it sent the last one.
 */
@Component
class SendRateLimiter {

    private final ProxyManager<String> buckets;
    private final MessagingProperties properties;

    SendRateLimiter(ProxyManager<String> buckets, MessagingProperties properties) {
        this.buckets = buckets;
        this.properties = properties;
    }

    /** Takes a token for one message; when there is none, says how long until there is. */
    Optional<Duration> waitBeforeSending(Channel channel) {
        int perSecond = properties.rateLimit(channel).perSecond();
        if (perSecond <= 0) {
            return Optional.empty();
        }
        var configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build();
        // The rate is part of the key, so that a changed setting starts a bucket of its own.
        ConsumptionProbe probe = buckets.getProxy(channel.code() + "/" + perSecond, () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
