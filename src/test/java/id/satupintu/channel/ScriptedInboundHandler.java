package id.satupintu.channel;

import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Plays the conversation engine at the inbox boundary: answers "Diterima: ..." (with two choices
 * when asked to "pilih"), writes a row per batch as the engine would write its state, and can be
 * told to fail. Batches being handled are tracked over all instances in this JVM, to catch two at
 * once for one address.
 */
@Primary
public class ScriptedInboundHandler implements InboundHandler {

    static final List<Choice> CHOICES = List.of(new Choice("jalan", "Jalan rusak"), new Choice("sampah", "Sampah"));

    private static final Map<Address, Boolean> IN_FLIGHT = new ConcurrentHashMap<>();
    private static final AtomicInteger OVERLAPS = new AtomicInteger();
    private static final AtomicLong ORDER = new AtomicLong();

    private final JdbcClient jdbc;
    private final List<Batch> batches = new CopyOnWriteArrayList<>();
    private final Map<Address, AtomicInteger> failuresToCome = new ConcurrentHashMap<>();
    private final Map<Address, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** @param order when it was handled, over all instances in this JVM */
    record Batch(Address from, List<InboundMessage> messages, long order) {

        List<String> providerIds() {
            return messages.stream().map(InboundMessage::providerMessageId).toList();
        }
    }

    public ScriptedInboundHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("create table if not exists test_handled (address text not null, texts text not null)").update();
    }

    @Override
    public List<OutboundMessage> handle(Address from, List<InboundMessage> messages) {
        if (IN_FLIGHT.putIfAbsent(from, true) != null) {
            OVERLAPS.incrementAndGet();
        }
        try {
            attempts.computeIfAbsent(from, a -> new AtomicInteger()).incrementAndGet();
            String texts = messages.stream().map(InboundMessage::text).collect(Collectors.joining(" / "));
            jdbc.sql("insert into test_handled (address, texts) values (?, ?)").params(from.key(), texts).update();
            pause();
            AtomicInteger failures = failuresToCome.get(from);
            if (failures != null && failures.getAndDecrement() > 0) {
                throw new IllegalStateException("scripted failure");
            }
            batches.add(new Batch(from, List.copyOf(messages), ORDER.incrementAndGet()));
            return answer(from, messages, texts);
        } finally {
            IN_FLIGHT.remove(from);
        }
    }

    private static List<OutboundMessage> answer(Address from, List<InboundMessage> messages, String texts) {
        String choice = messages.getLast().choice();
        if (choice != null) {
            return List.of(OutboundMessage.reply(from, "Pilihan Anda: " + choice, List.of()));
        }
        List<Choice> offered = texts.contains("pilih") ? CHOICES : List.of();
        return List.of(OutboundMessage.reply(from, "Diterima: " + texts, offered));
    }

    /** Long enough for a competing instance to run into the lock if it were not there. */
    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void failNext(Address from, int times) {
        failuresToCome.put(from, new AtomicInteger(times));
    }

    List<Batch> batches(Address from) {
        return batches.stream().filter(b -> b.from().equals(from)).toList();
    }

    int attempts(Address from) {
        return attempts.getOrDefault(from, new AtomicInteger()).get();
    }

    List<String> handledTexts(Address from) {
        return jdbc.sql("select texts from test_handled where address = ?").param(from.key()).query(String.class).list();
    }

    static int overlaps() {
        return OVERLAPS.get();
    }

}
