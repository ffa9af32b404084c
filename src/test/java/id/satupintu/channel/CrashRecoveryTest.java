package id.satupintu.channel;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static id.satupintu.channel.TestMessages.newAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance killed (SIGKILL) right after it accepted messages, before it processed any: another
 * instance on the same database processes every one of them, once. The other moments of a crash
 * (a batch being handled, replies queued or being sent, a webhook in flight) are in
 * {@code TwilioCrashTest}, through the SMS webhook and the conversation engine.
 */
@MessagingTest
class CrashRecoveryTest {

    private static final int MESSAGES = 5;

    @Autowired
    HikariDataSource dataSource;
    @Autowired
    ScriptedInboundHandler handler;
    @Autowired
    JdbcClient jdbc;

    @Test
    void messagesAcceptedByAnInstanceThatWasKilledAreProcessedByAnother() throws Exception {
        Address citizen = newAddress(Channel.TELEGRAM);
        try (KillableInstance instance = KillableInstance.start(dataSource, "--spring.config.import=" + MessagingTest.SETTINGS,
                "--crash-test.accept=" + citizen.key() + ":" + MESSAGES)) {
            instance.kill();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "select status from inbound_message where channel = 'telegram' and address_id = ?")
                .param(citizen.id()).query(String.class).list(), statuses -> statuses.equals(List.of(
                "PROCESSED", "PROCESSED", "PROCESSED", "PROCESSED", "PROCESSED")));
        assertThat(handler.batches(citizen).stream().flatMap(batch -> batch.providerIds().stream()).toList())
                .containsExactlyElementsOf(IntStream.range(0, MESSAGES).mapToObj(i -> citizen.id() + "-" + i).toList());
    }
}
