package id.satupintu.channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Per-sender inbound limit: a citizen's messages are handled at most as fast as their token bucket
 * allows (a burst, then a steady rate per minute), over all instances. Nothing is dropped: messages
 * over the limit stay pending and are handled, together, once the bucket holds them. The bucket is
 * keyed by a name-based UUID of the address, so the table holds no phone number.
 */
@Component
class FloodControl {

    private static final Logger log = LoggerFactory.getLogger(FloodControl.class);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final RateLimitBuckets buckets;
    private final MessagingProperties.FloodSettings settings;
    private final MessagingMetrics metrics;

    FloodControl(RateLimitBuckets buckets, MessagingProperties properties, MessagingMetrics metrics) {
        this.buckets = buckets;
        this.settings = properties.flood();
        this.metrics = metrics;
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** The most messages one batch may take: a batch is admitted whole, so never more than the burst. */
    int batchLimit(int maxBatch) {
        return settings.enabled() ? Math.min(maxBatch, settings.burst()) : maxBatch;
    }

    /**
     * Takes a token for each of {@code messages} messages of a sender when their bucket holds them all.
     *
     * @return empty to go on now, else when the bucket will hold them
     */
    Optional<Instant> admit(Address from, int messages) {
        if (!settings.enabled() || messages <= 0) {
            return Optional.empty();
        }
        Optional<Duration> wait = buckets.take("inbound/" + AddressTasks.instanceId(from),
                settings.burst(), settings.perMinute(), MINUTE, messages);
        wait.ifPresent(w -> {
            metrics.slowed(from.channel());
            log.info("Holding back {} message(s) of a {} sender for {} ms (flood control)",
                    messages, from.channel().code(), w.toMillis());
        });
        return wait.map(w -> Instant.now().plus(w));
    }

    /** Whether a sender being held back is to be told so now: once per {@code notice-interval}. */
    boolean tellNow(Address from) {
        return buckets.take("inbound-notice/" + AddressTasks.instanceId(from), 1, 1, settings.noticeInterval(), 1)
                .isEmpty();
    }
}
