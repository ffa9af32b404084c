package id.satupintu.conversation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The conversation's meters (names and meaning in docs/operations.md): how long the classifier
 * takes to read a message, and how conversations end.
 */
@Component
class ConversationMetrics {

    /** How a conversation, or one report in it, came to an end. */
    enum Outcome {
        /** the citizen confirmed and the report was filed */
        FILED,
        /** what they wrote was added to their open report */
        ADDED,
        /** the first message was not a report (thanks, greetings, spam) */
        NOT_A_REPORT,
        /** the citizen cancelled the draft */
        CANCELLED,
        /** the draft was dropped for a new report, or not continued after a silence */
        ABANDONED
    }

    private final MeterRegistry registry;
    private final Timer classification;

    ConversationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.classification = Timer.builder("satupintu.classification")
                .description("Time the classifier takes to read a citizen's message in the dialogue")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(2))
                .register(registry);
    }

    <T> T classifying(Supplier<T> classify) {
        return classification.record(classify);
    }

    /**
     * Counted once the batch's transaction commits: a batch that fails and is handled again counts
     * once, when it succeeds.
     */
    void ended(Outcome outcome) {
        Counter counter = registry.counter("satupintu.conversation.outcomes", "outcome", outcome.name().toLowerCase(Locale.ROOT));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
