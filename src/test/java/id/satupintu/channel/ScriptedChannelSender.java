package id.satupintu.channel;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays a provider at the outbox boundary for Telegram and SMS: takes every message unless told
 * what to answer next for an address (a {@link Delivery} or an exception to throw).
 */
public class ScriptedChannelSender implements ChannelSender {

    record Send(Address to, String text, Instant at) {
    }

    private final List<Send> sends = new CopyOnWriteArrayList<>();
    private final Map<Address, Deque<Object>> scripts = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public Set<Channel> channels() {
        return Set.of(Channel.TELEGRAM, Channel.SMS);
    }

    @Override
    public Delivery send(OutboundMessage message) {
        sends.add(new Send(message.to(), message.text(), Instant.now()));
        Deque<Object> script = scripts.get(message.to());
        Object next = script == null ? null : script.poll();
        if (next instanceof RuntimeException e) {
            throw e;
        }
        return next == null ? new Delivery.Sent("p-" + ids.incrementAndGet()) : (Delivery) next;
    }

    /** The next answers for an address, in order; then it takes messages again. */
    void script(Address to, Object... answers) {
        scripts.put(to, new ArrayDeque<>(List.of(answers)));
    }

    List<Send> sendsTo(Address to) {
        return sends.stream().filter(s -> s.to().equals(to)).toList();
    }
}
