package id.satupintu.channel;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import java.time.Instant;

/**
 * Messages to citizens, delivered durably: {@link #enqueue} stores the message in the caller's
 * transaction, and delivery through the channel's {@link ChannelSender} starts once that commits.
 * Messages to one recipient go out one at a time in the order they were enqueued, within the
 * channel's rate limits, with retries; see {@link OutboxDelivery}. A message to a channel that has
 * no sender here (the web chat) is only stored, for the {@link Transcript} to show.
 */
@Service
public class Outbox {

    private final OutboundStore store;
    private final Recipients recipients;
    private final ChannelSenders senders;
    private final AddressTasks deliveries;
    private final TransactionOperations transactions;

    Outbox(OutboundStore store, Recipients recipients, ChannelSenders senders,
           @Qualifier("outboxTasks") AddressTasks deliveries, TransactionOperations transactions) {
        this.store = store;
        this.recipients = recipients;
        this.senders = senders;
        this.deliveries = deliveries;
        this.transactions = transactions;
    }

    /**
     * Queues a message; joins the caller's transaction. A status notification to a citizen who
     * opted out, or any message to an address that cannot be reached, is stored as
     * {@link OutboundStatus#SUPPRESSED} and not sent.
     *
     * @return the message's id (its place in the {@link Transcript})
     */
    public long enqueue(OutboundMessage message) {
        return transactions.execute(status -> {
            Recipients.State recipient = recipients.state(message.to());
            if (recipient.unreachable()) {
                return store.insert(message, null, false, OutboundStatus.SUPPRESSED, "recipient unreachable");
            }
            if (recipient.optedOut() && message.notification() != null) {
                return store.insert(message, null, false, OutboundStatus.SUPPRESSED, "opted out of notifications");
            }
            return queue(message, null);
        });
    }

    /**
     * Stores the replies to a batch of inbound messages. A citizen who just wrote is reachable,
     * and replies go out even to one who opted out of notifications.
     *
     * @param answeredInline the caller gives the replies in its response (web chat): stored as sent
     */
    void enqueueReply(OutboundMessage reply, long batchId, boolean answeredInline) {
        if (answeredInline) {
            store.insert(reply, batchId, true, OutboundStatus.SENT, null);
        } else {
            queue(reply, batchId);
        }
    }

    private long queue(OutboundMessage message, Long inReplyTo) {
        long id = store.insert(message, inReplyTo, false, OutboundStatus.QUEUED, null);
        if (senders.forChannel(message.to().channel()).isPresent()) {
            deliveries.schedule(message.to(), Instant.now());
        }
        return id;
    }

    /**
     * Records what a provider reported later about a message it took (Twilio's status callbacks).
     * A status never goes back: a late "delivered" does not undo "read".
     *
     * @return whether a message changed
     */
    public boolean updateStatus(Channel channel, String providerMessageId, OutboundStatus status) {
        return store.updateStatus(channel, providerMessageId, status);
    }
}
