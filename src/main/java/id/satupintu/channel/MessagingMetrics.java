package id.satupintu.channel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The messaging core's meters (names and meaning in docs/operations.md): messages in and out per
 * channel, senders held back by flood control, messages given up, and the depth of both queues.
 * The depths are read from the database at each scrape, over all instances, through the partial
 * indexes on pending and queued messages.
 */
@Component
class MessagingMetrics {

    private final MeterRegistry registry;

    MessagingMetrics(MeterRegistry registry, JdbcClient jdbc, ChannelSenders senders) {
        this.registry = registry;
        // Channels without a sender (the web chat) keep their messages for the page: no queue to watch.
        for (Channel channel : senders.channels()) {
            Gauge.builder("satupintu.outbox.queued", () -> jdbc.sql(
                                    "select count(*) from outbound_message where status = 'QUEUED' and channel = ?")
                            .param(channel.code()).query(Long.class).single())
                    .description("Messages waiting to be sent to the provider")
                    .tag("channel", channel.code())
                    .register(registry);
        }
        Gauge.builder("satupintu.inbox.pending", () -> jdbc.sql(
                                "select count(*) from inbound_message where status = 'PENDING'")
                        .query(Long.class).single())
                .description("Citizens' messages stored and not yet handled (batch window, flood control, retries)")
                .register(registry);
    }

    void accepted(Channel channel) {
        registry.counter("satupintu.inbound.messages", "channel", channel.code()).increment();
    }

    /** A batch held back by flood control: a flooding sender counts once per wait. */
    void slowed(Channel channel) {
        registry.counter("satupintu.inbound.slowed", "channel", channel.code()).increment();
    }

    void sent(Channel channel) {
        registry.counter("satupintu.outbound.messages", "channel", channel.code()).increment();
    }

    void failed(Channel channel) {
        registry.counter("satupintu.outbox.failures", "channel", channel.code()).increment();
    }
}
