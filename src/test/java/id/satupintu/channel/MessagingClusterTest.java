package id.satupintu.channel;

import id.satupintu.SatuPintuApplication;
import id.satupintu.SecondInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static id.satupintu.channel.TestMessages.inbound;
import static id.satupintu.channel.TestMessages.newAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application on one database, taking the messages of the same citizens at the same time.
 */
@MessagingTest
class MessagingClusterTest {

    private static final int CITIZENS = 12;
    private static final int MESSAGES_EACH = 8;

    static ConfigurableApplicationContext secondInstance;

    @Autowired
    Inbox inbox;
    @Autowired
    ScriptedInboundHandler handler;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startSecondInstance(@Autowired DataSource dataSource) {
        secondInstance = new SpringApplicationBuilder(SatuPintuApplication.class, ScriptedInboundHandler.class,
                ScriptedChannelSender.class)
                .run(SecondInstance.onTheDatabaseOf(dataSource,
                        "--spring.config.import=" + MessagingTest.SETTINGS, "--server.port=0"));
    }

    @AfterAll
    static void stopSecondInstance() {
        secondInstance.close();
    }

    @Test
    void messagesOfOneCitizenAreNeverHandledAtOnceAndStayInOrderAcrossInstances() throws Exception {
        Inbox otherInbox = secondInstance.getBean(Inbox.class);
        ScriptedInboundHandler otherHandler = secondInstance.getBean(ScriptedInboundHandler.class);
        int overlapsBefore = ScriptedInboundHandler.overlaps();
        List<Address> citizens = IntStream.range(0, CITIZENS).mapToObj(i -> newAddress(Channel.TELEGRAM)).toList();

        try (ExecutorService clients = Executors.newFixedThreadPool(CITIZENS)) {
            List<Future<?>> sent = citizens.stream().<Future<?>>map(citizen -> clients.submit(() -> {
                var random = ThreadLocalRandom.current();
                for (int i = 0; i < MESSAGES_EACH; i++) {
                    Inbox via = random.nextBoolean() ? inbox : otherInbox;
                    InboundMessage message = inbound(citizen, citizen.id() + "-" + i, "pesan " + i);
                    if (random.nextBoolean()) {
                        via.accept(message);
                    } else {
                        via.acceptAndProcess(message);
                    }
                    InboxTest.sleep(Duration.ofMillis(random.nextInt(0, 400)));
                }
            })).toList();
            for (Future<?> f : sent) {
                f.get();
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) from inbound_message
                        where channel = 'telegram' and address_id = any(?) and status = 'PENDING'""")
                .param(citizens.stream().map(Address::id).toArray(String[]::new)).query(Integer.class).single() == 0);

        assertThat(ScriptedInboundHandler.overlaps()).isEqualTo(overlapsBefore);
        for (Address citizen : citizens) {
            List<String> handledInOrder = Stream.concat(handler.batches(citizen).stream(), otherHandler.batches(citizen).stream())
                    .sorted(Comparator.comparingLong(ScriptedInboundHandler.Batch::order))
                    .flatMap(batch -> batch.providerIds().stream())
                    .toList();
            assertThat(handledInOrder).containsExactlyElementsOf(
                    IntStream.range(0, MESSAGES_EACH).mapToObj(i -> citizen.id() + "-" + i).toList());
        }
        assertThat(citizens.stream().mapToInt(c -> handler.batches(c).size()).sum()).isPositive();
        assertThat(citizens.stream().mapToInt(c -> otherHandler.batches(c).size()).sum()).isPositive();
    }
}
