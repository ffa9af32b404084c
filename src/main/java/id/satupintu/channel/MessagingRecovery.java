package id.satupintu.channel;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Gives a task back to messages that have none: stored while no handler or sender was deployed, or
 * a synchronous message whose instance died between storing and processing it. Everything else
 * already has its task, so this finds nothing in normal operation. Also deletes the rate-limit
 * buckets that have refilled completely.
 */
@Component
class MessagingRecovery {

    private static final int ADDRESSES_PER_RUN = 500;
    private static final int EXPIRED_BUCKETS_PER_RUN = 1000;

    private final InboundStore inbound;
    private final OutboundStore outbound;
    private final InboxProcessing processing;
    private final ChannelSenders senders;
    private final AddressTasks inboxTasks;
    private final AddressTasks outboxTasks;
    private final MessagingProperties properties;
    private final RateLimitBuckets buckets;

    MessagingRecovery(InboundStore inbound, OutboundStore outbound, InboxProcessing processing, ChannelSenders senders,
                      @Qualifier("inboxTasks") AddressTasks inboxTasks, @Qualifier("outboxTasks") AddressTasks outboxTasks,
                      MessagingProperties properties, RateLimitBuckets buckets) {
        this.inbound = inbound;
        this.outbound = outbound;
        this.processing = processing;
        this.senders = senders;
        this.inboxTasks = inboxTasks;
        this.outboxTasks = outboxTasks;
        this.properties = properties;
        this.buckets = buckets;
    }

    void run() {
        Instant now = Instant.now();
        Instant staleBefore = now.minus(properties.recoveryInterval());
        if (processing.hasHandler()) {
            inbound.stalePending(staleBefore, ADDRESSES_PER_RUN).forEach(address -> inboxTasks.schedule(address, now));
        }
        if (!senders.isEmpty()) {
            outbound.staleQueued(senders.channels(), staleBefore, ADDRESSES_PER_RUN)
                    .forEach(address -> outboxTasks.schedule(address, now));
        }
        buckets.removeExpired(EXPIRED_BUCKETS_PER_RUN);
    }
}
