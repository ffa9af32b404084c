package id.satupintu.complaint;

import id.satupintu.SatuPintuApplication;
import id.satupintu.SatuPintuTest;
import id.satupintu.SecondInstance;
import id.satupintu.TestData;
import id.satupintu.account.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances started on the test context's database, both running db-scheduler
 * with a fast deadline check: each missed deadline is escalated exactly once, and the first start
 * creates one administrator.
 */
@SatuPintuTest
@ExtendWith(OutputCaptureExtension.class)
class TwoInstancesTest {

    @Autowired
    TestData data;
    @Autowired
    Complaints complaints;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void twoInstancesShareTheWorkWithoutDoingItTwice(CapturedOutput output) {
        data.clean();
        data.cleanAccounts();
        jdbc.sql("delete from scheduled_tasks").update();
        int logBefore = output.getOut().length();

        try (ConfigurableApplicationContext a = start("instance-a"); ConfigurableApplicationContext b = start("instance-b")) {
            assertThat(jdbc.sql("select username from account where role = 'ADMIN'").query(String.class).list())
                    .containsExactly("admin");
            String log = output.getOut().substring(logBefore);
            assertThat(log.split("one-time password", -1)).as("printed once, by the first instance").hasSize(2);
            assertThat(log).doesNotContain("Using generated security password");

            // Deadlines missed while both schedulers are already polling.
            Actor admin = TestData.admin();
            List<String> late = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String unverified = data.file(TestData.roadReport(Privacy.BIASA)).trackingId();
                backdate(unverified, "verification_due");
                String disposed = data.file(TestData.roadReport(Privacy.BIASA)).trackingId();
                complaints.dispose(disposed, admin, null, null);
                backdate(disposed, "follow_up_due");
                backdate(disposed, "completion_due");
                late.add(unverified);
                late.add(disposed);
            }
            int expected = 4 + 4 * 2;

            await().atMost(Duration.ofSeconds(60)).until(() -> escalations() == expected);
            long runsSoFar = lastSuccess();
            // Let both schedulers poll many more times: nothing is escalated again.
            await().atMost(Duration.ofSeconds(30)).until(() -> lastSuccess() > runsSoFar + 2_000);
            assertThat(escalations()).isEqualTo(expected);
            assertThat(jdbc.sql("""
                    select count(*) from (select complaint_id, deadline from complaint_event
                                          where type = 'ESCALATED' group by 1, 2 having count(*) > 1) twice""")
                    .query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ?")
                    .param(ComplaintConfiguration.DEADLINE_CHECK).query(Integer.class).single()).isEqualTo(1);
            for (String id : late) {
                assertThat(complaints.byTrackingId(id).orElseThrow().deadlines().overdue()).isNotEmpty();
            }
        }
    }

    ConfigurableApplicationContext start(String name) {
        // Arguments, because they outrank the test configuration that keeps the scheduler off.
        return new SpringApplicationBuilder(SatuPintuApplication.class).run(SecondInstance.onTheDatabaseOf(dataSource,
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--satupintu.database.pool-size=4",
                "--db-scheduler.enabled=true",
                "--db-scheduler.scheduler-name=" + name,
                "--db-scheduler.polling-interval=200ms",
                "--satupintu.complaint.deadline-check-interval=300ms"));
    }

    int escalations() {
        return jdbc.sql("select count(*) from complaint_event where type = 'ESCALATED'").query(Integer.class).single();
    }

    /** When the deadline check last succeeded, in epoch milliseconds (0 before its first run). */
    long lastSuccess() {
        return jdbc.sql("select coalesce(extract(epoch from last_success) * 1000, 0)::bigint from scheduled_tasks where task_name = ?")
                .param(ComplaintConfiguration.DEADLINE_CHECK).query(Long.class).optional().orElse(0L);
    }

    void backdate(String trackingId, String dueColumn) {
        jdbc.sql("update complaint set " + dueColumn + " = current_date - 1 where tracking_id = ?").param(trackingId).update();
    }
}
