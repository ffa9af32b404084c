package id.satupintu.channel;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Optional;

/**
 * Bucket4j token buckets kept in PostgreSQL ({@code rate_limit_bucket}), so that a limit holds over
 * all instances without another server. A bucket that has refilled completely is as good as none:
 * its row expires then and {@link #removeExpired} deletes it, so one row per citizen who ever wrote
 * does not pile up.
 */
@Component
class RateLimitBuckets {

    /** A refilled bucket's row is kept a little longer, so that a citizen writing again soon reuses it. */
    private static final Duration KEEP_AFTER_REFILL = Duration.ofMinutes(1);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    RateLimitBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
                .build();
    }

    /**
     * Takes {@code tokens} from the bucket {@code name} when it holds that many; otherwise takes none.
     *
     * @param capacity the most tokens the bucket holds (the burst)
     * @param refill   tokens added back evenly over each {@code period}
     * @return empty when taken, else how long until the bucket would hold that many
     */
    Optional<Duration> take(String name, long capacity, long refill, Duration period, long tokens) {
        var configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(refill, period).build())
                .build();
        // The limit is part of the key, so that a changed setting starts a bucket of its own.
        String key = name + "/" + capacity + "/" + refill + "/" + period.toMillis();
        ConsumptionProbe probe = buckets.getProxy(key, () -> configuration).tryConsumeAndReturnRemaining(tokens);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Deletes up to {@code max} rows of buckets that have refilled; returns how many. */
    int removeExpired(int max) {
        return buckets.removeExpired(max);
    }
}
