package id.satupintu.complaint;

import id.satupintu.SatuPintuTest;
import id.satupintu.TestData;
import id.satupintu.account.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.List;

import static id.satupintu.TestData.CITIZEN;
import static org.assertj.core.api.Assertions.assertThat;

/** The overdue check and the automatic close, run directly (its scheduling: TwoInstancesDeadlineCheckTest). */
@SatuPintuTest
class DeadlineWatchTest {

    @Autowired
    DeadlineWatch watch;
    @Autowired
    Complaints complaints;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    final Actor admin = TestData.admin();
    final Actor pupr = TestData.agencyStaff("DINAS_PUPR-16.11");

    @BeforeEach
    void clean() {
        data.clean();
    }

    @Test
    void eachMissedDeadlineEscalatesOnce() {
        String late = file();
        String onTime = file();
        backdate(late, "verification_due", 1);

        assertThat(watch.run()).isEqualTo(1);
        assertThat(watch.run()).as("already escalated").isZero();
        assertThat(escalations(late)).containsExactly(Deadline.VERIFICATION);
        assertThat(escalations(onTime)).isEmpty();
        ComplaintView view = complaints.byTrackingId(late, admin).orElseThrow();
        assertThat(view.deadlines().overdue()).containsExactly(Deadline.VERIFICATION);
        assertThat(view.status()).as("an escalation is no status change").isEqualTo(ComplaintStatus.DITERIMA);
        assertThat(view.history().getLast().note()).contains("VERIFICATION");

        var filter = new ComplaintFilter(null, null, null, null, null, null, null, null, true);
        assertThat(complaints.search(filter, org.springframework.data.domain.PageRequest.of(0, 10), admin).getContent())
                .extracting(ComplaintView::trackingId).containsExactly(late);
    }

    @Test
    void followUpAndCompletionDeadlinesEscalateToo_andANewDispositionStartsAFreshOne() {
        String id = file();
        complaints.dispose(id, admin, null, null);
        backdate(id, "follow_up_due", 2);
        backdate(id, "completion_due", 1);
        assertThat(watch.run()).isEqualTo(2);
        assertThat(escalations(id)).containsExactlyInAnyOrder(Deadline.FOLLOW_UP, Deadline.COMPLETION);

        complaints.reroute(id, admin, "DINAS_PUPR-16", "Jalan provinsi");
        assertThat(watch.run()).as("the re-routed agency has a new follow-up deadline").isZero();
        backdate(id, "follow_up_due", 1);
        assertThat(watch.run()).isEqualTo(1);
        assertThat(escalations(id)).containsExactlyInAnyOrder(Deadline.FOLLOW_UP, Deadline.COMPLETION, Deadline.FOLLOW_UP);
    }

    @Test
    void deadlinesThatNoLongerRunDoNotEscalate() {
        String id = file();
        complaints.dispose(id, admin, null, null);
        complaints.respond(id, pupr, "Sudah dijadwalkan");
        backdate(id, "verification_due", 5);
        backdate(id, "follow_up_due", 5);
        assertThat(watch.run()).isZero();
    }

    @Test
    void anUnansweredFollowUpClosesByItself_onlyInDitindaklanjuti() {
        List<String> ids = Arrays.stream(ComplaintStatus.values()).map(s -> reportIn(s)).toList();
        ids.forEach(id -> backdate(id, "citizen_reply_due", 1));

        assertThat(watch.run()).isEqualTo(1);
        for (int i = 0; i < ids.size(); i++) {
            ComplaintStatus before = ComplaintStatus.values()[i];
            ComplaintView after = complaints.byTrackingId(ids.get(i)).orElseThrow();
            if (before == ComplaintStatus.DITINDAKLANJUTI) {
                assertThat(after.status()).isEqualTo(ComplaintStatus.SELESAI);
                assertThat(after.history().getLast().type()).isEqualTo(ComplaintEventType.AUTO_CLOSED);
                assertThat(after.history().getLast().actor()).isEqualTo("sistem");
            } else {
                assertThat(after.status()).as("%s stays", before).isEqualTo(before);
            }
        }
    }

    @Test
    void aCitizenReplyKeepsTheReportOpen() {
        String id = reportIn(ComplaintStatus.DITINDAKLANJUTI);
        backdate(id, "citizen_reply_due", 1);
        complaints.replyToResponse(id, CITIZEN, "Belum diperbaiki sama sekali");
        assertThat(watch.run()).isZero();
        assertThat(complaints.byTrackingId(id).orElseThrow().status()).isEqualTo(ComplaintStatus.DITINDAKLANJUTI);
    }

    String file() {
        return data.file(TestData.roadReport(Privacy.BIASA)).trackingId();
    }

    String reportIn(ComplaintStatus status) {
        return data.reportIn(status, admin, pupr);
    }

    void backdate(String trackingId, String dueColumn, int daysAgo) {
        jdbc.sql("update complaint set " + dueColumn + " = current_date - " + daysAgo + " where tracking_id = ?")
                .param(trackingId).update();
    }

    List<Deadline> escalations(String trackingId) {
        return complaints.byTrackingId(trackingId).orElseThrow().history().stream()
                .filter(e -> e.type() == ComplaintEventType.ESCALATED)
                .map(ComplaintView.HistoryEntry::deadline).toList();
    }
}
