package id.satupintu.channel.twilio;

import com.github.kagkarlsson.scheduler.Scheduler;
import id.satupintu.channel.KillableInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An instance killed with SIGKILL while three citizens' SMS are at three different moments, and
 * Twilio retrying webhooks that timed out. This test's own context plays the instance that is
 * restarted after the crash: its scheduler is paused until the kill, so that all the work before
 * it is the killed instance's. After the crash every accepted message is processed once (its
 * replies, the conversation's count of handled messages), every queued reply is created once at
 * Twilio, and every retried webhook is answered with a 2xx and stored once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(TwilioTest.SETTINGS)
@Import(FakeTwilio.Settings.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioCrashTest {

    private static final Duration RECOVERY = Duration.ofSeconds(90);
    /** Longer than any test waits: what is in flight stays in flight until the kill. */
    private static final Duration STUCK = Duration.ofMinutes(3);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x4A, 0x50, 0x47};

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Scheduler scheduler;

    private final FakeTwilio twilio = FakeTwilio.instance();

    /** Its first reply was being sent when the instance died, the second was queued behind it. */
    private final String queued = TwilioWebhook.newNumber();
    /** Its second message was being handled by the conversation engine when the instance died. */
    private final String processing = TwilioWebhook.newNumber();
    private TwilioWebhook secondMessage;
    /** Its message (with a photo) was still being received when the instance died. */
    private final String inFlight = TwilioWebhook.newNumber();
    private TwilioWebhook unanswered;
    private String photoSid;

    @BeforeAll
    void crash() throws Exception {
        scheduler.pause();
        try (KillableInstance instance = KillableInstance.start(dataSource,
                "--spring.config.import=" + TwilioTest.SETTINGS, "--satupintu.twilio.api-url=" + twilio.baseUrl(),
                "--satupintu.twilio.media-timeout=" + STUCK.toSeconds() + "s");
             Connection conversationLock = dataSource.getConnection()) {
            sendAndAwaitProcessing(instance, TwilioWebhook.sms(processing,
                    "jln dpn SDN 3 Pendopo rusak parah, sdh 3 mgg berlubang, byk motor jatuh"), 1);
            await().atMost(RECOVERY).until(() -> !twilio.createdSidsTo(processing).isEmpty());
            lockConversation(conversationLock, processing);
            secondMessage = TwilioWebhook.sms(processing, "Budi Santoso");
            assertThat(secondMessage.post(instance.port()).status()).isEqualTo(200);
            await().atMost(RECOVERY).until(() -> blockedBy(conversationLock) > 0);

            twilio.answerMessagesTo(queued, FakeTwilio.error(503, 20503, "Service unavailable")
                    .withFixedDelay((int) STUCK.toMillis()));
            sendAndAwaitProcessing(instance, TwilioWebhook.sms(queued, "sampah di pasar menumpuk dua minggu tidak diangkut"), 1);
            await().atMost(RECOVERY).until(() -> twilio.messagesTo(queued).size() == 1);
            sendAndAwaitProcessing(instance, TwilioWebhook.sms(queued, "Siti Aminah"), 2);
            assertThat(outboundStatuses(queued)).hasSizeGreaterThanOrEqualTo(2).containsOnly("QUEUED");

            photoSid = "MEtest" + inFlight.substring(1);
            String photo = twilio.slowMedia(photoSid, "image/jpeg", JPEG, STUCK);
            unanswered = TwilioWebhook.sms(inFlight, "lampu jalan di depan masjid mati sudah seminggu")
                    .with("NumMedia", "1").with("MediaContentType0", "image/jpeg").with("MediaUrl0", photo);
            CompletableFuture<TwilioWebhook.Response> answer = CompletableFuture.supplyAsync(() -> unanswered.post(instance.port()));
            await().atMost(RECOVERY).until(() -> !twilio.requestsFor(FakeTwilio.mediaPath(photoSid)).isEmpty());

            instance.kill();
            assertThat(answer).as("the webhook in flight got no answer").failsWithin(Duration.ofSeconds(30));
            conversationLock.rollback();
        } finally {
            scheduler.resume();
        }
    }

    @Test
    void repliesQueuedAtTheCrashAreEachCreatedOnceAtTwilio() {
        awaitAnswered(queued, 2);

        assertEachReplyCreatedOnce(queued);
        assertThat(twilio.createdSidsTo(queued)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aMessageBeingHandledAtTheCrashIsHandledOnceAndItsRetryAnswered() {
        assertThat(secondMessage.post(port).status()).as("Twilio's retry of the message").isEqualTo(200);
        awaitAnswered(processing, 2);

        assertThat(jdbc.sql("select handled_messages from conversation where channel = 'sms' and address_id = ?")
                .param(processing).query(Long.class).single()).isEqualTo(2);
        assertThat(repliesTo(secondMessage.get("MessageSid"))).isPositive();
        assertEachReplyCreatedOnce(processing);
    }

    @Test
    void aWebhookInFlightAtTheCrashIsTakenOnceWhenTwilioRetriesIt() {
        twilio.media(photoSid, "image/jpeg", JPEG);

        assertThat(unanswered.post(port).status()).as("Twilio's retry").isEqualTo(200);
        assertThat(unanswered.post(port).status()).as("a second retry").isEqualTo(200);
        awaitAnswered(inFlight, 1);

        assertThat(jdbc.sql("""
                        select attachment_count from inbound_message where channel = 'sms' and provider_message_id = ?""")
                .param(unanswered.get("MessageSid")).query(Integer.class).single()).isEqualTo(1);
        assertThat(repliesTo(unanswered.get("MessageSid"))).isPositive();
        assertEachReplyCreatedOnce(inFlight);
    }

    @Test
    void aWebhookThatTimedOutAndIsRetriedMeanwhileIsStoredAndAnsweredOnce() {
        String number = TwilioWebhook.newNumber();
        String mediaSid = "MEtest" + number.substring(1);
        String photo = twilio.slowMedia(mediaSid, "image/jpeg", JPEG, Duration.ofSeconds(4));
        TwilioWebhook message = TwilioWebhook.sms(number, "got mampet di jalan pasar, air meluap tiap hujan")
                .with("NumMedia", "1").with("MediaContentType0", "image/jpeg").with("MediaUrl0", photo);

        assertThatThrownBy(() -> message.timeout(Duration.ofSeconds(1)).post(port))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(message.timeout(null).post(port).status()).as("Twilio's retry, while the first is still being received")
                .isEqualTo(200);
        awaitAnswered(number, 1);

        assertThat(twilio.requestsFor(FakeTwilio.mediaPath(mediaSid))).as("both deliveries got this far").hasSize(2);
        assertEachReplyCreatedOnce(number);
    }

    private void sendAndAwaitProcessing(KillableInstance instance, TwilioWebhook sms, int messages) {
        String from = sms.get("From");
        assertThat(sms.post(instance.port()).status()).isEqualTo(200);
        await().atMost(RECOVERY).until(() -> inboundStatuses(from),
                statuses -> statuses.size() == messages && statuses.stream().allMatch("PROCESSED"::equals));
    }

    /** Holds the row of a conversation locked, as a long step of the conversation engine would. */
    private static void lockConversation(Connection connection, String number) throws Exception {
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                "select id from conversation where channel = 'sms' and address_id = ? for update")) {
            lock.setString(1, number);
            try (ResultSet row = lock.executeQuery()) {
                assertThat(row.next()).as("the citizen's conversation").isTrue();
            }
        }
    }

    /** How many database sessions are waiting for a lock that this connection holds. */
    private int blockedBy(Connection connection) throws Exception {
        try (var pid = connection.prepareStatement("select pg_backend_pid()"); ResultSet row = pid.executeQuery()) {
            row.next();
            return jdbc.sql("select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))")
                    .param(row.getInt(1)).query(Integer.class).single();
        }
    }

    /** Until every message from the number is processed and every reply to it sent. */
    private void awaitAnswered(String number, int messages) {
        await().atMost(RECOVERY).until(() -> inboundStatuses(number),
                statuses -> statuses.size() == messages && statuses.stream().allMatch("PROCESSED"::equals));
        await().atMost(RECOVERY).until(() -> outboundStatuses(number),
                statuses -> !statuses.isEmpty() && statuses.stream().allMatch("SENT"::equals));
    }

    /** Twilio created each reply exactly once: the sids it answered are those the outbox recorded, in order. */
    private void assertEachReplyCreatedOnce(String number) {
        List<String> recorded = jdbc.sql("""
                        select provider_message_id from outbound_message
                        where channel = 'sms' and address_id = ? order by id""")
                .param(number).query(String.class).list();
        assertThat(twilio.createdSidsTo(number)).containsExactlyElementsOf(recorded);
    }

    private List<String> inboundStatuses(String number) {
        return jdbc.sql("select status from inbound_message where channel = 'sms' and address_id = ? order by id")
                .param(number).query(String.class).list();
    }

    private List<String> outboundStatuses(String number) {
        return jdbc.sql("select status from outbound_message where channel = 'sms' and address_id = ? order by id")
                .param(number).query(String.class).list();
    }

    private int repliesTo(String messageSid) {
        return jdbc.sql("""
                        select count(*) from outbound_message o join inbound_message i on o.in_reply_to = i.batch_id
                        where i.channel = 'sms' and i.provider_message_id = ?""")
                .param(messageSid).query(Integer.class).single();
    }
}
