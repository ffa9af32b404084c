package id.satupintu.channel;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Where every channel adapter hands over what citizens wrote. A message is stored durably before
 * anything else happens, once per delivery: a provider's redelivery of the same message id is
 * recognised and never processed again. Processing (the {@link InboundHandler}) happens for one
 * address at a time over all instances, in order of receipt, and messages that came in quick
 * succession are handed over together.
 */
@Service
public class Inbox {

    /** What became of a delivery. */
    public enum Receipt {
        /** Stored for the first time. */
        ACCEPTED,
        /** The same delivery was stored before; nothing was done. */
        DUPLICATE
    }

    /**
     * @param answered whether the message has been handled; when not (no handler, or it failed and
     *                 will be retried), its replies come later through the outbox
     * @param replies  the replies to the message, in order (for a redelivery: those given the first time)
     */
    public record Answer(Receipt receipt, boolean answered, List<OutboundMessage> replies) {

        public Answer {
            replies = List.copyOf(replies);
        }
    }

    private final InboundStore store;
    private final OutboundStore replies;
    private final Outbox outbox;
    private final InboxProcessing processing;
    private final AddressTasks tasks;
    private final MessagingProperties properties;
    private final MessagingMetrics metrics;
    private final TransactionOperations transactions;

    Inbox(InboundStore store, OutboundStore replies, Outbox outbox, InboxProcessing processing,
          @Qualifier("inboxTasks") AddressTasks tasks, MessagingProperties properties, MessagingMetrics metrics,
          TransactionOperations transactions) {
        this.store = store;
        this.replies = replies;
        this.outbox = outbox;
        this.processing = processing;
        this.tasks = tasks;
        this.properties = properties;
        this.metrics = metrics;
        this.transactions = transactions;
    }

    /**
     * Stores a message and has it processed in the background, after the batch window, on
     * whichever instance takes it. When this returns, the message survives a crash.
     */
    public Receipt accept(InboundMessage message) {
        return transactions.execute(status -> {
            if (store.insert(message).isEmpty()) {
                return Receipt.DUPLICATE;
            }
            tasks.schedule(message.from(), Instant.now().plus(properties.inbox().batchWindow()));
            metrics.accepted(message.from().channel());
            return Receipt.ACCEPTED;
        });
    }

    /**
     * Stores a message that the channel adapter has answered itself (an SMS opt-out keyword): kept
     * and deduplicated like any other, in the transcript, but never handed to the
     * {@link InboundHandler}; the reply is queued in the same transaction, which joins the caller's.
     */
    public Receipt acceptAnswered(InboundMessage message, OutboundMessage reply) {
        return transactions.execute(status -> {
            OptionalLong id = store.insert(message);
            if (id.isEmpty()) {
                return Receipt.DUPLICATE;
            }
            store.markProcessed(List.of(id.getAsLong()), id.getAsLong());
            outbox.enqueueReply(reply, id.getAsLong(), false);
            metrics.accepted(message.from().channel());
            return Receipt.ACCEPTED;
        });
    }

    /**
     * Stores a message and processes it now, for channels that answer in the same request (the
     * web chat): the replies are returned for the caller to give, and are recorded as sent. If
     * processing fails, the message is retried in the background and its replies are queued.
     */
    public Answer acceptAndProcess(InboundMessage message) {
        OptionalLong id = transactions.execute(status -> store.insert(message));
        if (id.isEmpty()) {
            return answerToRedelivery(message);
        }
        Address from = message.from();
        metrics.accepted(from.channel());
        return switch (processing.process(from, true)) {
            case InboxProcessing.Outcome.Handled handled when handled.ids().contains(id.getAsLong()) ->
                    new Answer(Receipt.ACCEPTED, true, handled.replies());
            case InboxProcessing.Outcome.NoHandler none -> new Answer(Receipt.ACCEPTED, false, List.of());
            case InboxProcessing.Outcome.Slowed slowed -> {
                tasks.schedule(from, slowed.until());
                yield new Answer(Receipt.ACCEPTED, false, List.of());
            }
            case InboxProcessing.Outcome.Failed failed -> {
                tasks.schedule(from, failed.retryAt() == null ? Instant.now() : failed.retryAt());
                yield new Answer(Receipt.ACCEPTED, false, List.of());
            }
            default -> {
                // Taken by a concurrent run, or behind a full batch: the background finishes it.
                tasks.schedule(from, Instant.now());
                yield new Answer(Receipt.ACCEPTED, false, List.of());
            }
        };
    }

    private Answer answerToRedelivery(InboundMessage message) {
        return store.delivered(message.from().channel(), message.providerMessageId())
                .filter(InboundStore.Delivered::processed)
                .map(first -> new Answer(Receipt.DUPLICATE, true, replies.repliesTo(first.batchId())))
                .orElseGet(() -> new Answer(Receipt.DUPLICATE, false, List.of()));
    }
}
