package id.satupintu.channel;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hands the pending messages of one address to the {@link InboundHandler}: in one transaction that
 * holds the address's processing lock (a PostgreSQL advisory lock, so across instances), marks them
 * processed and enqueues the replies. On failure nothing of that is kept; the attempt is counted,
 * and the batch is tried again with backoff until it is parked as failed.
 */
@Component
class InboxProcessing {

    private static final Logger log = LoggerFactory.getLogger(InboxProcessing.class);

    /** What one run over an address's pending messages came to. */
    sealed interface Outcome {

        /** Nothing was pending (another run took it). */
        record Nothing() implements Outcome {
        }

        record Handled(List<Long> ids, List<OutboundMessage> replies) implements Outcome {
        }

        /** The handler failed; the batch is to be tried again at {@code retryAt}, or null when it was parked. */
        record Failed(List<Long> ids, Instant retryAt) implements Outcome {
        }

        /** Flood control holds the sender's messages back until then; they stay pending. */
        record Slowed(Instant until) implements Outcome {
        }

        /** No handler is deployed on this instance. */
        record NoHandler() implements Outcome {
        }
    }

    private final InboundStore store;
    private final Outbox outbox;
    private final ObjectProvider<InboundHandler> handler;
    private final MessagingProperties properties;
    private final FloodControl flood;
    private final AddressTasks tasks;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    InboxProcessing(InboundStore store, Outbox outbox, ObjectProvider<InboundHandler> handler,
                    MessagingProperties properties, FloodControl flood, @Qualifier("inboxTasks") AddressTasks tasks,
                    JdbcClient jdbc, TransactionOperations transactions) {
        this.store = store;
        this.outbox = outbox;
        this.handler = handler;
        this.properties = properties;
        this.flood = flood;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    boolean hasHandler() {
        return handler.getIfAvailable() != null;
    }

    /** The db-scheduler task of an address: one batch per execution, then again while more is pending. */
    CompletionHandler<String> execute(TaskInstance<String> instance, ExecutionContext context) {
        Address from = Address.ofKey(instance.getData());
        Outcome outcome = process(from, false);
        return (complete, operations) -> tasks.finish(from, complete, operations, () -> switch (outcome) {
            case Outcome.Failed failed when failed.retryAt() != null -> store.oldestPending(from).map(oldest -> failed.retryAt());
            case Outcome.Slowed slowed -> Optional.of(slowed.until());
            case Outcome.NoHandler none -> Optional.empty();
            default -> store.oldestPending(from).map(this::dueAfterWindow);
        });
    }

    /** Messages that came while the last batch was handled get their own window, counted from the first. */
    private Instant dueAfterWindow(Instant oldestAccepted) {
        Instant due = oldestAccepted.plus(properties.inbox().batchWindow());
        Instant now = Instant.now();
        return due.isAfter(now) ? due : now;
    }

    /**
     * Handles the oldest pending messages of an address.
     *
     * @param answeredInline the caller gives the replies in its own response (see {@link Inbox#acceptAndProcess})
     */
    Outcome process(Address from, boolean answeredInline) {
        InboundHandler h = handler.getIfAvailable();
        if (h == null) {
            log.debug("No InboundHandler is deployed: the messages of {} stay pending", from.channel());
            return new Outcome.NoHandler();
        }
        int batchSize = properties.inbox().maxBatch();
        if (flood.enabled()) {
            // Counted before the batch's transaction: the bucket lives on a connection of its own.
            batchSize = store.pendingCount(from, flood.batchLimit(batchSize));
            Optional<Instant> heldUntil = flood.admit(from, batchSize);
            if (heldUntil.isPresent()) {
                tellSlowedDown(h, from);
                return new Outcome.Slowed(heldUntil.get());
            }
        }
        int limit = batchSize;
        List<Long> ids = new ArrayList<>();
        try {
            List<OutboundMessage> replies = transactions.execute(status -> {
                AddressLock.hold(jdbc, AddressLock.PROCESSING, from);
                List<InboundStore.Stored> batch = store.pending(from, limit);
                if (batch.isEmpty()) {
                    return List.<OutboundMessage>of();
                }
                batch.forEach(stored -> ids.add(stored.id()));
                List<OutboundMessage> answer = List.copyOf(h.handle(from, batch.stream().map(InboundStore.Stored::message).toList()));
                long batchId = ids.getLast();
                store.markProcessed(ids, batchId);
                answer.forEach(reply -> outbox.enqueueReply(reply, batchId, answeredInline));
                return answer;
            });
            return ids.isEmpty() ? new Outcome.Nothing() : new Outcome.Handled(List.copyOf(ids), replies);
        } catch (RuntimeException e) {
            if (ids.isEmpty()) {
                throw e;
            }
            return failed(List.copyOf(ids), e);
        }
    }

    private void tellSlowedDown(InboundHandler h, Address from) {
        if (flood.tellNow(from)) {
            transactions.executeWithoutResult(status -> h.slowedDown(from).forEach(outbox::enqueue));
        }
    }

    private Outcome.Failed failed(List<Long> ids, RuntimeException cause) {
        int maxAttempts = properties.inbox().maxAttempts();
        int attempts = transactions.execute(status -> store.recordFailure(ids, cause.toString(), maxAttempts));
        // The stack trace only at debug level: its message may quote what the citizen wrote.
        log.debug("Handling inbound messages {} failed", ids, cause);
        if (attempts >= maxAttempts) {
            log.error("Parked inbound messages {} as FAILED after {} attempts: {}", ids, attempts, Redacted.of(cause));
            return new Outcome.Failed(ids, null);
        }
        log.warn("Handling inbound messages {} failed (attempt {} of {}); retrying: {}", ids, attempts, maxAttempts,
                Redacted.of(cause));
        return new Outcome.Failed(ids, Instant.now().plus(properties.inbox().backoff().afterAttempt(attempts)));
    }
}
