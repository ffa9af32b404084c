package id.satupintu.channel;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends the head of one recipient's queue; run by the db-scheduler task of that recipient, so one
 * instance at a time. The provider call happens outside any transaction; what it answered is
 * recorded in the transaction that also decides when the task runs next. A crash between the two
 * sends that message again after restart: the only window in which a citizen can get a reply twice.
 */
@Component
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboundStore store;
    private final Recipients recipients;
    private final ChannelSenders senders;
    private final SendRateLimiter rateLimiter;
    private final MessagingProperties properties;
    private final MessagingMetrics metrics;
    private final AddressTasks tasks;

    OutboxDelivery(OutboundStore store, Recipients recipients, ChannelSenders senders, SendRateLimiter rateLimiter,
                   MessagingProperties properties, MessagingMetrics metrics, @Qualifier("outboxTasks") AddressTasks tasks) {
        this.store = store;
        this.recipients = recipients;
        this.senders = senders;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.metrics = metrics;
        this.tasks = tasks;
    }

    CompletionHandler<String> execute(TaskInstance<String> instance, ExecutionContext context) {
        Address to = Address.ofKey(instance.getData());
        Supplier<Optional<Instant>> next = sendHead(to);
        return (complete, operations) -> tasks.finish(to, complete, operations, next);
    }

    /** @return what to record once the execution ends, giving when to run next (empty: queue empty) */
    private Supplier<Optional<Instant>> sendHead(Address to) {
        Optional<OutboundStore.Queued> head = store.head(to);
        if (head.isEmpty()) {
            return () -> nextMessageAt(to, Instant.now());
        }
        Optional<ChannelSender> sender = senders.forChannel(to.channel());
        if (sender.isEmpty()) {
            log.warn("No sender for {} on this instance: message {} stays queued", to.channel(), head.get().id());
            return Optional::empty;
        }
        MessagingProperties.RateLimit limit = properties.rateLimit(to.channel());
        Instant lastSent = head.get().lastSentToRecipient();
        if (lastSent != null && lastSent.plus(limit.perRecipient()).isAfter(Instant.now())) {
            Instant earliest = lastSent.plus(limit.perRecipient());
            return () -> Optional.of(earliest);
        }
        Optional<Duration> wait = rateLimiter.waitBeforeSending(to.channel());
        if (wait.isPresent()) {
            Instant later = Instant.now().plus(wait.get());
            return () -> Optional.of(later);
        }
        Delivery delivery = send(sender.get(), head.get());
        return () -> record(head.get(), delivery, limit);
    }

    private static Delivery send(ChannelSender sender, OutboundStore.Queued queued) {
        try {
            return sender.send(queued.message());
        } catch (RuntimeException e) {
            log.warn("Sender {} threw on message {}; retrying later: {}", sender.getClass().getSimpleName(), queued.id(),
                    Redacted.of(e));
            log.debug("Sender {} threw on message {}", sender.getClass().getSimpleName(), queued.id(), e);
            return new Delivery.RetryLater(null, e.toString());
        }
    }

    private Optional<Instant> record(OutboundStore.Queued queued, Delivery delivery, MessagingProperties.RateLimit limit) {
        Address to = queued.message().to();
        Instant nextToRecipient = Instant.now().plus(limit.perRecipient());
        return switch (delivery) {
            case Delivery.Sent sent -> {
                store.markSent(queued.id(), sent.providerMessageId());
                metrics.sent(to.channel());
                yield nextMessageAt(to, nextToRecipient);
            }
            case Delivery.RetryLater retry -> {
                int attempts = store.recordFailedAttempt(queued.id(), retry.reason());
                if (attempts < properties.outbox().maxAttempts()) {
                    Duration wait = retry.after() != null ? retry.after() : properties.outbox().backoff().afterAttempt(attempts);
                    yield Optional.of(Instant.now().plus(wait));
                }
                log.warn("Giving up message {} after {} attempts: {}", queued.id(), attempts, retry.reason());
                store.markFailed(queued.id(), "gave up after " + attempts + " attempts: " + retry.reason());
                metrics.failed(to.channel());
                yield nextMessageAt(to, nextToRecipient);
            }
            case Delivery.Failed failed when failed.recipientGone() -> {
                log.info("Recipient of message {} on {} is gone ({}): not messaging them until they write in",
                        queued.id(), to.channel(), failed.reason());
                store.markFailed(queued.id(), failed.reason());
                metrics.failed(to.channel());
                recipients.markUnreachable(to, failed.reason());
                store.suppressQueued(to, "recipient unreachable: " + failed.reason());
                yield Optional.empty();
            }
            case Delivery.Failed failed -> {
                log.warn("Message {} on {} failed: {}", queued.id(), to.channel(), failed.reason());
                store.markFailed(queued.id(), failed.reason());
                metrics.failed(to.channel());
                yield nextMessageAt(to, nextToRecipient);
            }
        };
    }

    private Optional<Instant> nextMessageAt(Address to, Instant at) {
        return store.hasQueued(to) ? Optional.of(at) : Optional.empty();
    }
}
