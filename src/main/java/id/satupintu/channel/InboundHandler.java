package id.satupintu.channel;

import java.util.List;

/**
 * Reads what a citizen wrote and decides what to answer: implemented by the conversation engine.
 *
 * <p>The {@link Inbox} calls it inside the transaction that also marks the messages processed and
 * enqueues the returned replies, while it holds the lock of the address: the handler's own
 * database writes commit together with them or not at all, and two batches of one address are
 * never handled at the same time, on any instance. If it throws, nothing of the batch is kept and
 * the same batch is handed over again later (with backoff), until it is parked as failed.
 */
public interface InboundHandler {

    /**
     * @param from     the citizen
     * @param messages what they sent, in order of receipt; never empty. Several messages sent in
     *                 quick succession arrive together and are meant to be read as one.
     * @return the replies, in the order they are to be delivered (usually to {@code from})
     */
    List<OutboundMessage> handle(Address from, List<InboundMessage> messages);

    /**
     * What to tell a citizen whose messages are held back because they came faster than flood
     * control allows (they are handled later, nothing is lost); asked at most once in the notice
     * interval, outside any batch. None by default.
     */
    default List<OutboundMessage> slowedDown(Address from) {
        return List.of();
    }
}
