package id.satupintu.channel;

import java.time.Duration;

/** What happened when a {@link ChannelSender} handed a message to its provider. */
public sealed interface Delivery {

    /** The provider took the message; {@code providerMessageId} may be null if it gives none. */
    record Sent(String providerMessageId) implements Delivery {
    }

    /**
     * A temporary failure (rate limit, 5xx, network): try again, after {@code after} when the
     * provider said how long to wait (Telegram's retry_after), or with backoff when it is null.
     */
    record RetryLater(Duration after, String reason) implements Delivery {
    }

    /**
     * A permanent failure: do not retry this message. {@code recipientGone} when the provider says
     * the citizen can no longer be reached (blocked the bot, unsubscribed): stop messaging them.
     */
    record Failed(String reason, boolean recipientGone) implements Delivery {
    }
}
