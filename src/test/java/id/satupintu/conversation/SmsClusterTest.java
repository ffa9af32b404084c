package id.satupintu.conversation;

import id.satupintu.SatuPintuApplication;
import id.satupintu.SecondInstance;
import id.satupintu.channel.twilio.FakeTwilio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database, and 200 citizens playing the scripted dialogues by SMS at the
 * same time, each of their messages delivered to either instance and one delivery in ten
 * delivered twice (see {@link SmsChat}). Every turn is checked as in {@link DialogueTest}; then
 * every conversation's last step, every report filed exactly once, every delivery handled once,
 * and every reply in the outbox sent to Twilio exactly once and read by its citizen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = {ConversationTest.SETTINGS, SmsClusterTest.TWILIO_SETTINGS}, properties = SmsClusterTest.SEND_RATE)
@Import(FakeTwilio.Settings.class)
class SmsClusterTest {

    static final String TWILIO_SETTINGS = "classpath:twilio-test.properties";
    /** Some 1,450 replies: at Twilio's default 10 a second over all numbers the test would mostly wait. */
    static final String SEND_RATE = "satupintu.messaging.rate-limits.sms.per-second=200";

    private static final int CITIZENS = 200;
    /** Citizens typing at the same time; the turns of each are played in order. */
    private static final int AT_ONCE = 16;
    /**
     * Dialogues that SMS cannot play: a burst that is read as one batch only when its messages all
     * arrive within the batch window, which 200 citizens on two instances do not assure; a check of
     * what the web chat API answers a redelivered message (a webhook's answer carries no reply;
     * redeliveries are this whole test); and a shared location (a plain SMS has none).
     */
    private static final Set<String> NOT_BY_SMS = Set.of("21-rapid-messages.yml", "22-duplicate-delivery.yml",
            "34-shared-location.yml");

    static ConfigurableApplicationContext secondInstance;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private final FakeTwilio twilio = FakeTwilio.instance();

    @BeforeAll
    static void startSecondInstance(@Autowired DataSource dataSource) {
        secondInstance = new SpringApplicationBuilder(SatuPintuApplication.class)
                .run(SecondInstance.onTheDatabaseOf(dataSource,
                        "--spring.config.import=" + ConversationTest.SETTINGS + "," + TWILIO_SETTINGS,
                        "--satupintu.twilio.api-url=" + FakeTwilio.instance().baseUrl(),
                        "--" + SEND_RATE, "--server.port=0"));
    }

    @AfterAll
    static void stopSecondInstance() {
        secondInstance.close();
    }

    @Test
    void everyDialogueEndsRightWhenItsMessagesGoToEitherInstanceAndSomeTwice() throws Exception {
        long seed = System.nanoTime();
        List<Dialogue> dialogues = Dialogue.all().filter(d -> !NOT_BY_SMS.contains(d.name())).toList();
        List<Integer> ports = List.of(port, OtherInstance.port(secondInstance));
        var deliveries = new SmsChat.Deliveries();
        List<String> failures = new ArrayList<>();
        Map<String, Set<Integer>> repliesByDialogue = new TreeMap<>();
        int replies = 0;
        try (ExecutorService citizens = Executors.newFixedThreadPool(AT_ONCE)) {
            List<Future<Integer>> played = new ArrayList<>();
            List<String> who = new ArrayList<>();
            for (int i = 0; i < CITIZENS; i++) {
                Dialogue dialogue = dialogues.get(i % dialogues.size());
                var chat = new SmsChat(ports, jdbc, new Random(seed + i), deliveries);
                who.add(dialogue.name() + " by " + chat.address().id());
                Path transcript = Path.of("target", "dialogues", "sms", i + "-" + dialogue.name().replace(".yml", ".txt"));
                played.add(citizens.submit(() -> {
                    var run = new DialogueRun(dialogue, chat, context);
                    run.play(transcript);
                    chat.deliverLateDuplicates();
                    run.checkOutcome();
                    checkDeliveries(dialogue, chat);
                    return chat.repliesRead();
                }));
            }
            for (int i = 0; i < CITIZENS; i++) {
                try {
                    int read = played.get(i).get();
                    replies += read;
                    repliesByDialogue.computeIfAbsent(dialogues.get(i % dialogues.size()).name(), d -> new TreeSet<>()).add(read);
                } catch (ExecutionException e) {
                    failures.add(who.get(i) + ": " + e.getCause().getMessage());
                }
            }
        }

        assertThat(failures).as("failed dialogues of " + CITIZENS + " (random seed " + seed + ")").isEmpty();
        assertThat(deliveries.duplicatedAtOnce().get()).as("deliveries duplicated at once").isPositive();
        assertThat(deliveries.duplicatedLater().get()).as("deliveries duplicated after the next message").isPositive();
        // Citizens of one dialogue differ only in where their messages went and which came twice.
        assertThat(repliesByDialogue).as("replies to each citizen of a dialogue").allSatisfy((dialogue, counts) ->
                assertThat(counts).as(dialogue).hasSize(1));
        System.out.printf("%d citizens, %d messages, %d delivered twice at once, %d delivered again after the next message, %d replies%n",
                CITIZENS, deliveries.messages().get(), deliveries.duplicatedAtOnce().get(), deliveries.duplicatedLater().get(), replies);
    }

    /** Each message stored and handled once; each reply sent once, and read as part of a turn's answer. */
    private void checkDeliveries(Dialogue dialogue, SmsChat chat) {
        String number = chat.address().id();
        String as = dialogue.name() + ": ";
        int messages = chat.messageSids().size();
        assertThat(jdbc.sql("select provider_message_id from inbound_message where channel = 'sms' and address_id = ? and status = 'PROCESSED'")
                .param(number).query(String.class).set()).as(as + "messages handled").isEqualTo(chat.messageSids());
        assertThat(jdbc.sql("select count(*) from inbound_message where channel = 'sms' and address_id = ?")
                .param(number).query(Integer.class).single()).as(as + "messages stored").isEqualTo(messages);
        assertThat(jdbc.sql("select handled_messages from conversation where channel = 'sms' and address_id = ?")
                .param(number).query(Integer.class).single()).as(as + "messages counted by the engine").isEqualTo(messages);
        int sent = twilio.messagesTo(number).size();
        assertThat(jdbc.sql("select count(*) from outbound_message where channel = 'sms' and address_id = ? and status = 'SENT'")
                .param(number).query(Integer.class).single()).as(as + "replies sent, as Twilio got them").isEqualTo(sent);
        assertThat(jdbc.sql("select count(*) from outbound_message where channel = 'sms' and address_id = ?")
                .param(number).query(Integer.class).single()).as(as + "replies in the outbox").isEqualTo(sent);
        assertThat(chat.repliesRead()).as(as + "replies read in the turns' answers").isEqualTo(sent);
    }
}
