package id.satupintu.channel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Fresh addresses per test (the context and its database are shared) and inbound messages. */
final class TestMessages {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private TestMessages() {
    }

    static Address newAddress(Channel channel) {
        return new Address(channel, channel == Channel.WEB ? UUID.randomUUID().toString() : String.valueOf(NEXT.incrementAndGet()));
    }

    static InboundMessage inbound(Address from, String text) {
        return new InboundMessage(from, UUID.randomUUID().toString(), text, null, List.of(), null, null, Instant.now());
    }

    static InboundMessage inbound(Address from, String providerId, String text) {
        return new InboundMessage(from, providerId, text, null, List.of(), null, null, Instant.now());
    }
}
