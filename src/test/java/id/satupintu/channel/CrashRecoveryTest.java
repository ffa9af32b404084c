package id.satupintu.channel;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static id.satupintu.channel.TestMessages.newAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance killed (SIGKILL) right after it accepted messages: another instance on the same
 * database processes every one of them, once. A crash in the middle of processing, which relies on
 * db-scheduler's dead-execution detection, is left to the reliability suite.
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
        String java = ProcessHandle.current().info().command().orElse("java");
        Process instance = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                AcceptingInstance.class.getName(), dataSource.getJdbcUrl(), citizen.key(), String.valueOf(MESSAGES))
                .redirectErrorStream(true)
                .start();
        try (var output = new BufferedReader(new InputStreamReader(instance.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals("ACCEPTED"));
            assertThat(line).as("the other instance's output ended before it accepted the messages").isEqualTo("ACCEPTED");
            instance.destroyForcibly().waitFor();
        } finally {
            instance.destroyForcibly();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "select status from inbound_message where channel = 'telegram' and address_id = ?")
                .param(citizen.id()).query(String.class).list(), statuses -> statuses.equals(List.of(
                "PROCESSED", "PROCESSED", "PROCESSED", "PROCESSED", "PROCESSED")));
        assertThat(handler.batches(citizen).stream().flatMap(batch -> batch.providerIds().stream()).toList())
                .containsExactlyElementsOf(IntStream.range(0, MESSAGES).mapToObj(i -> citizen.id() + "-" + i).toList());
    }
}
