package id.satupintu;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import id.satupintu.account.Accounts;
import id.satupintu.account.NewAccount;
import id.satupintu.account.Role;
import id.satupintu.channel.ReportingCitizen;
import id.satupintu.channel.twilio.FakeTwilio;
import id.satupintu.channel.twilio.SmsCitizen;
import id.satupintu.channel.twilio.TwilioWebhook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The meters on {@code /actuator/prometheus} move with real traffic (signed SMS webhooks through the
 * inbox, the conversation engine and the outbox to {@link FakeTwilio}), only staff tokens may read
 * them, and a whole dialogue leaves no phone number or text of the citizen in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource("classpath:twilio-test.properties")
@Import(FakeTwilio.Settings.class)
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DESCRIPTION =
            "jln dpn SDN 3 Pendopo rusak parah, sdh 3 mgg berlubang, byk motor jatuh. mhn segera diperbaiki";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchedulerClient scheduler;

    private final FakeTwilio twilio = FakeTwilio.instance();

    @Test
    void theMetersMoveWithRealTraffic() {
        String token = token(Role.SUPERVISOR);
        Metrics before = scrape(token);

        String filer = TwilioWebhook.newNumber();
        SmsCitizen citizen = SmsCitizen.sms(port, filer);
        String trackingId = citizen.fileReport(DESCRIPTION);
        int filerMessages = 1 + citizen.said().size();

        String canceller = TwilioWebhook.newNumber();
        SmsCitizen second = SmsCitizen.sms(port, canceller);
        second.say("lampu jalan di depan pasar Pendopo mati sudah seminggu, gelap sekali kalau malam");
        second.nextReply();
        second.say("batal");
        second.nextReply();

        // A number Twilio refuses (21610: the citizen replied STOP at carrier level): the reply fails.
        String gone = TwilioWebhook.newNumber();
        twilio.answerMessagesTo(gone, FakeTwilio.error(400, 21610, "Attempt to send to unsubscribed recipient"));
        assertThat(TwilioWebhook.sms(gone, "halo").post(port).status()).isEqualTo(200);

        // The reported verification deadline passed yesterday; the deadline check runs now.
        jdbc.sql("update complaint set verification_due = current_date - 1 where tracking_id = ?").param(trackingId).update();
        scheduler.reschedule(TaskInstanceId.of("complaint-deadline-check", "recurring"), Instant.now());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Metrics after = scrape(token);
            assertThat(after.increase(before, "satupintu_inbound_messages_total", "channel", "sms"))
                    .isGreaterThanOrEqualTo(filerMessages + 2 + 1);
            assertThat(after.increase(before, "satupintu_outbound_messages_total", "channel", "sms"))
                    .isGreaterThanOrEqualTo(filerMessages);
            assertThat(after.increase(before, "satupintu_classification_seconds_count"))
                    .isGreaterThanOrEqualTo(2);
            assertThat(after.increase(before, "satupintu_conversation_outcomes_total", "outcome", "filed")).isEqualTo(1);
            assertThat(after.increase(before, "satupintu_conversation_outcomes_total", "outcome", "cancelled")).isEqualTo(1);
            assertThat(after.increase(before, "satupintu_outbox_failures_total", "channel", "sms")).isEqualTo(1);
            assertThat(after.increase(before, "satupintu_complaint_sla_breaches_total", "deadline", "verification"))
                    .isEqualTo(1);
        });
        Metrics now = scrape(token);
        assertThat(now.value("satupintu_classification_seconds_sum")).isPositive();
        assertThat(now.has("satupintu_outbox_queued", "channel", "sms")).isTrue();
        assertThat(now.has("satupintu_outbox_queued", "channel", "whatsapp")).isTrue();
        assertThat(now.has("satupintu_inbox_pending")).isTrue();
        assertThat(now.value("satupintu_outbox_queued", "channel", "sms")).isEqualTo(
                jdbc.sql("select count(*) from outbound_message where channel = 'sms' and status = 'QUEUED'")
                        .query(Long.class).single().doubleValue());
    }

    @Test
    void onlyTheAdministratorAndSupervisorsReadTheMetrics() {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "spt_not-a-token").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", token(Role.AGENCY)).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", token(Role.ADMIN)).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aDialogueLeavesNoPhoneNumberOrTextOfTheCitizenInTheLog(CapturedOutput output) {
        LoggerFactory.getLogger(ObservabilityTest.class).info("The application's log is captured from here");
        String number = TwilioWebhook.newNumber();
        SmsCitizen.sms(port, number).fileReport(DESCRIPTION);
        // What the delivery of the last reply logs comes after it was sent.
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select count(*) from outbound_message where address_id = ? and status = 'QUEUED'")
                .param(number).query(Integer.class).single() == 0);

        String log = output.getAll();
        assertThat(log).contains("The application's log is captured from here");
        String national = "0" + number.substring("+62".length());
        assertThat(log).doesNotContain(number.substring(1), national.substring(1), national);
        assertThat(log).doesNotContain("berlubang", "motor jatuh", ReportingCitizen.NAME, ReportingCitizen.PLACE);
    }

    private String token(Role role) {
        String username = "metrics-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(username, TestData.PASSWORD, role, role == Role.AGENCY ? "DINAS_PUPR-16.11" : null));
        return accounts.issueToken(username, "metrics").token();
    }

    private Metrics scrape(String token) {
        HttpResponse<String> response = get("/actuator/prometheus", token);
        assertThat(response.statusCode()).isEqualTo(200);
        return new Metrics(response.body());
    }

    private HttpResponse<String> get(String path, String token) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A scrape in Prometheus' text format: one {@code name{label="value",...} number} per line. */
    private record Metrics(String text) {

        boolean has(String name, String... labels) {
            return line(name, labels) != null;
        }

        /** The series' value; 0 for a series not (yet) there, as for a counter never incremented. */
        double value(String name, String... labels) {
            String line = line(name, labels);
            return line == null ? 0 : Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }

        double increase(Metrics before, String name, String... labels) {
            return value(name, labels) - before.value(name, labels);
        }

        private String line(String name, String... labels) {
            return text.lines()
                    .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                    .filter(l -> {
                        for (int i = 0; i < labels.length; i += 2) {
                            if (!l.contains(labels[i] + "=\"" + labels[i + 1] + "\"")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .findFirst().orElse(null);
        }
    }
}
