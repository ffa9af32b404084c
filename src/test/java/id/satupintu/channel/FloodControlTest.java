package id.satupintu.channel;

import id.satupintu.channel.twilio.FakeTwilio;
import id.satupintu.channel.twilio.TwilioWebhook;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One number floods the SMS webhook while another citizen writes: signed Twilio webhooks into the
 * real inbox and conversation engine, replies read off {@link FakeTwilio}. The limits are small
 * (a burst of 5, then 10 a second) so that the flood drains within seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:twilio-test.properties", properties = {
        "satupintu.messaging.flood.burst=" + FloodControlTest.BURST,
        "satupintu.messaging.flood.per-minute=" + FloodControlTest.PER_MINUTE})
@Import(FakeTwilio.Settings.class)
class FloodControlTest {

    static final int BURST = 5;
    static final int PER_MINUTE = 600;
    private static final int FLOOD = 50;
    /** The Indonesian bundle itself, not the JVM's default locale's. */
    private static final String NOTICE = ResourceBundle.getBundle("messages-conversation", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("flood.slowed");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    private final FakeTwilio twilio = FakeTwilio.instance();

    @Test
    void aFloodingNumberIsSlowedAndToldOnceWhileAnotherCitizenIsServedAtOnce() {
        double slowedBefore = slowedSms();
        String flooder = TwilioWebhook.newNumber();
        Instant floodStart = Instant.now();
        for (int i = 1; i <= FLOOD; i++) {
            assertThat(TwilioWebhook.sms(flooder, "tes " + i).post(port).status()).isEqualTo(200);
        }
        Duration floodTook = Duration.between(floodStart, Instant.now());

        String other = TwilioWebhook.newNumber();
        Instant otherWrote = Instant.now();
        assertThat(TwilioWebhook.sms(other, "halo").post(port).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !twilio.messagesTo(other).isEmpty());
        Instant otherAnswered = twilio.messageTimesTo(other).getFirst();

        // Served at once: within the batch window and a turn, while the flood is still held back.
        assertThat(Duration.between(otherWrote, otherAnswered)).isLessThan(Duration.ofSeconds(3));
        assertThat(pendingOf(flooder)).as("flooder's messages still waiting when the other citizen was answered")
                .isPositive();

        await().atMost(Duration.ofSeconds(60)).until(() -> pendingOf(flooder) == 0);
        List<Batch> batches = batchesOf(flooder);
        assertThat(batches.stream().mapToInt(Batch::size).sum()).as("every flooded message processed").isEqualTo(FLOOD);
        assertThat(batches).allSatisfy(b -> assertThat(b.size()).isLessThanOrEqualTo(BURST));
        // After the burst, the bucket admits PER_MINUTE / 60 messages a second, whatever came in.
        Duration drained = Duration.between(batches.getFirst().processedAt(), batches.getLast().processedAt());
        double allowedPerSecond = PER_MINUTE / 60.0;
        assertThat(drained.toMillis()).as("flood of %d sent in %s drained in %s", FLOOD, floodTook, drained)
                .isGreaterThanOrEqualTo((long) ((FLOOD - 2 * BURST) / allowedPerSecond * 1000));

        await().atMost(Duration.ofSeconds(20)).until(() -> queuedTo(flooder) == 0);
        assertThat(twilio.messagesTo(flooder)).extracting(sms -> sms.get("Body")).filteredOn(NOTICE::equals).hasSize(1);
        assertThat(twilio.messagesTo(other)).noneMatch(sms -> sms.get("Body").equals(NOTICE));
        assertThat(slowedSms() - slowedBefore).as("satupintu_inbound_slowed_total{channel=sms}").isGreaterThanOrEqualTo(1);
    }

    private double slowedSms() {
        Counter slowed = meters.find("satupintu.inbound.slowed").tag("channel", "sms").counter();
        return slowed == null ? 0 : slowed.count();
    }

    @Test
    void twilioLimitsInTheChannelFileAreTheApplicationsDefaults() throws IOException {
        Map<String, Object> channel;
        try (Reader in = Files.newBufferedReader(Path.of("channels/twilio.yml"))) {
            channel = new Yaml().load(in);
        }
        Properties application = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> limits = (Map<String, Map<String, Object>>) channel.get("rate-limits");
        assertThat(application.getProperty("satupintu.messaging.rate-limits.sms.per-second"))
                .isEqualTo("${TWILIO_SMS_MPS:" + limits.get("sms").get("per-second") + "}");
        assertThat(application.getProperty("satupintu.messaging.rate-limits.whatsapp.per-second"))
                .isEqualTo("${TWILIO_WHATSAPP_MPS:" + limits.get("whatsapp").get("per-second") + "}");
    }

    private int pendingOf(String number) {
        return jdbc.sql("select count(*) from inbound_message where channel = 'sms' and address_id = ? and status = 'PENDING'")
                .param(number).query(Integer.class).single();
    }

    private int queuedTo(String number) {
        return jdbc.sql("select count(*) from outbound_message where channel = 'sms' and address_id = ? and status = 'QUEUED'")
                .param(number).query(Integer.class).single();
    }

    private record Batch(int size, Instant processedAt) {
    }

    private List<Batch> batchesOf(String number) {
        return jdbc.sql("""
                        select count(*), max(processed_at) from inbound_message
                        where channel = 'sms' and address_id = ? and status = 'PROCESSED'
                        group by batch_id order by max(processed_at)""")
                .param(number)
                .query((rs, n) -> new Batch(rs.getInt(1), rs.getObject(2, Timestamp.class).toInstant()))
                .list();
    }
}
