package id.satupintu.conversation;

import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Coordinates;
import id.satupintu.channel.twilio.FakeTwilio;
import id.satupintu.channel.twilio.TwilioWebhook;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A citizen texting by plain SMS to several instances on one database, delivered as Twilio
 * delivers: each message a signed webhook to one instance picked at random, and one delivery in
 * {@link #DUPLICATED} delivered again with the same {@code MessageSid} to another instance, either
 * at the same moment or only after the citizen's next message (a retry that comes late). The
 * replies are read off {@link FakeTwilio}'s Messages API; numbered options ("Balas 2 untuk
 * Anonim") are the choices, answered with their number.
 *
 * <p>A turn is over when nothing of this citizen is waiting in the inbox or the outbox, and no
 * status notification is still being written: those come after the change's transaction, from
 * Spring Modulith's event publications, of any citizen (they are few).
 */
final class SmsChat implements Chat {

    static final double DUPLICATED = 0.1;

    /** How the SMS channel renders a choice (messages-twilio.properties). */
    private static final Pattern OPTION = Pattern.compile("^Balas (\\d+) untuk (.+)$");

    /** What was delivered, over all citizens. */
    record Deliveries(AtomicInteger messages, AtomicInteger duplicatedAtOnce, AtomicInteger duplicatedLater) {

        Deliveries() {
            this(new AtomicInteger(), new AtomicInteger(), new AtomicInteger());
        }
    }

    private record Delivery(TwilioWebhook webhook, int port) {

        int post() {
            return webhook.post(port).status();
        }
    }

    private final String number = TwilioWebhook.newNumber();
    private final List<Integer> ports;
    private final JdbcClient jdbc;
    private final Random random;
    private final Deliveries deliveries;
    private final FakeTwilio twilio = FakeTwilio.instance();
    private final Set<String> messageSids = new LinkedHashSet<>();
    private final List<Delivery> late = new ArrayList<>();
    private List<String> lastChoices = List.of();
    private int read;

    SmsChat(List<Integer> ports, JdbcClient jdbc, Random random, Deliveries deliveries) {
        this.ports = ports;
        this.jdbc = jdbc;
        this.random = random;
        this.deliveries = deliveries;
    }

    @Override
    public Address address() {
        return new Address(Channel.SMS, number);
    }

    /** Twilio gives every SMS a sid of its own: the dialogue's message ids have no part here. */
    @Override
    public Answer say(String text, String id) {
        deliver(text);
        return answer();
    }

    @Override
    public Answer choose(String label) {
        int option = lastChoices.indexOf(label);
        assertThat(option).as(number + ": option " + label + " offered among " + lastChoices).isNotNegative();
        deliver(String.valueOf(option + 1));
        return answer();
    }

    @Override
    public Answer burst(List<String> texts) {
        texts.forEach(this::deliver);
        return answer();
    }

    @Override
    public Answer pin(Coordinates at) {
        throw new UnsupportedOperationException("A plain SMS carries no location");
    }

    @Override
    public Answer later() {
        await().atMost(Duration.ofSeconds(30)).until(() -> twilio.messagesTo(number).size() > read);
        return answer();
    }

    /** Every message already goes to one of the instances at random. */
    @Override
    public void moveToSecondInstance() {
    }

    /** Delivers the late duplicates still held back, as if the dialogue's last retries came now. */
    void deliverLateDuplicates() {
        late.forEach(this::posted);
        late.clear();
        awaitSettled();
    }

    /** The distinct messages delivered, each counted once however often it was posted. */
    Set<String> messageSids() {
        return messageSids;
    }

    /** The bot's messages read as answers so far. */
    int repliesRead() {
        return read;
    }

    private void deliver(String text) {
        TwilioWebhook webhook = TwilioWebhook.sms(number, text);
        messageSids.add(webhook.parameter("MessageSid"));
        deliveries.messages().incrementAndGet();
        int first = random.nextInt(ports.size());
        Delivery original = new Delivery(webhook, ports.get(first));
        Delivery again = new Delivery(webhook, ports.get((first + 1) % ports.size()));
        List<Delivery> before = List.copyOf(late);
        late.clear();
        if (random.nextDouble() >= DUPLICATED) {
            posted(original);
        } else if (random.nextBoolean()) {
            deliveries.duplicatedAtOnce().incrementAndGet();
            postedTogether(original, again);
        } else {
            deliveries.duplicatedLater().incrementAndGet();
            posted(original);
            late.add(again);
        }
        before.forEach(this::posted);
    }

    private void posted(Delivery delivery) {
        assertThat(delivery.post()).as(number + ": webhook answered").isEqualTo(200);
    }

    private void postedTogether(Delivery one, Delivery other) {
        try (var both = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Integer> first = both.submit(one::post);
            Future<Integer> second = both.submit(other::post);
            assertThat(List.of(first.get(), second.get())).as(number + ": webhooks answered").containsOnly(200);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The bot's messages since the last answer; there is at least one. */
    private Answer answer() {
        awaitSettled();
        List<Map<String, String>> sent = twilio.messagesTo(number);
        assertThat(sent.size()).as(number + ": a reply").isGreaterThan(read);
        List<Reply> replies = sent.subList(read, sent.size()).stream().map(sms -> reply(sms.get("Body"))).toList();
        read = sent.size();
        lastChoices = replies.getLast().choices();
        return new Answer(200, replies);
    }

    private void awaitSettled() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(150)).until(() -> jdbc.sql("""
                        select (select count(*) from inbound_message where channel = 'sms' and address_id = :number and status = 'PENDING')
                             + (select count(*) from outbound_message where channel = 'sms' and address_id = :number and status = 'QUEUED')
                             + (select count(*) from event_publication
                                where listener_id like '%StatusNotifications%' and completion_date is null)""")
                .param("number", number).query(Integer.class).single() == 0);
    }

    private static Reply reply(String body) {
        List<String> text = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        for (String line : body.split("\n")) {
            Matcher option = OPTION.matcher(line);
            if (option.matches()) {
                assertThat(Integer.parseInt(option.group(1))).as("option numbers in order: " + body).isEqualTo(choices.size() + 1);
                choices.add(option.group(2).strip());
            } else {
                text.add(line);
            }
        }
        return new Reply(String.join("\n", text), choices);
    }
}
