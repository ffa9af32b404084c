package id.satupintu.complaint;

import id.satupintu.SatuPintuTest;
import id.satupintu.TestData;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static id.satupintu.TestData.CITIZEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SatuPintuTest
class FilingTest {

    @Autowired
    Complaints complaints;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordedStatusEvents events;

    @BeforeEach
    void clean() {
        data.clean();
    }

    @Test
    void aRetriedFilingWithTheSameClientReferenceFilesOnce() {
        var report = TestData.report(Category.INFRASTRUKTUR, AgencyType.DINAS_PUPR, "16.11", Privacy.BIASA, CITIZEN, "conversation-17");
        FiledComplaint first = complaints.file(report);
        FiledComplaint again = complaints.file(report);
        assertThat(again).isEqualTo(first);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void concurrentRetriesStillFileOnce() throws Exception {
        var report = TestData.report(Category.KESEHATAN, AgencyType.DINKES, "13.71", Privacy.BIASA, CITIZEN, "conversation-race");
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Callable<FiledComplaint>> tasks = IntStream.range(0, 4).<Callable<FiledComplaint>>mapToObj(i -> () -> complaints.file(report)).toList();
            var ids = pool.invokeAll(tasks).stream().map(f -> {
                try {
                    return f.get().trackingId();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).distinct().toList();
            assertThat(ids).hasSize(1);
        }
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void attachmentsAreKeptInTheDatabaseWithinTheirLimit() {
        var photo = new NewAttachment("lubang.jpg", "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, 1, 2});
        var report = TestData.report(Category.INFRASTRUKTUR, AgencyType.DINAS_PUPR, "16.11", Privacy.BIASA, CITIZEN, null, photo);
        String id = complaints.file(report).trackingId();
        ComplaintView view = complaints.byTrackingId(id).orElseThrow();
        assertThat(view.attachments()).singleElement().satisfies(a -> {
            assertThat(a.size()).isEqualTo(4);
            assertThat(complaints.attachment(id, a.id(), TestData.admin()).orElseThrow().content()).containsExactly(photo.content());
        });

        var huge = new NewAttachment("video.mp4", "video/mp4", new byte[10 * 1024 * 1024 + 1]);
        assertThatThrownBy(() -> complaints.file(TestData.report(Category.INFRASTRUKTUR, null, "16.11", Privacy.BIASA, CITIZEN, null, huge)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("video.mp4");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> complaints.file(TestData.report(Category.SOSIAL, null, "Empat Lawang", Privacy.BIASA, CITIZEN, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region code");
        assertThatThrownBy(() -> new NewComplaint(id.satupintu.taxonomy.Kind.BUKAN_LAPORAN, Category.LAINNYA, null, null, null, null,
                "terima kasih", new NewComplaint.Reporter(null, null, Privacy.BIASA), CITIZEN, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never filed");
        assertThat(count()).isZero();
    }

    @Test
    void theHistoryIsAppendOnly() {
        String id = complaints.file(TestData.roadReport(Privacy.BIASA)).trackingId();
        assertThatThrownBy(() -> jdbc.sql("update complaint_event set note = 'rewritten'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from complaint_event").update())
                .hasMessageContaining("append-only");
        assertThat(complaints.byTrackingId(id).orElseThrow().history()).hasSize(1);
    }

    @Test
    void statusChangesArePublishedThroughTheEventRegistry() {
        String id = complaints.file(TestData.roadReport(Privacy.ANONIM)).trackingId();
        var admin = TestData.admin();
        var pupr = TestData.agencyStaff("DINAS_PUPR-16.11");
        complaints.postpone(id, admin, "Di titik mana?");
        complaints.addInformation(id, CITIZEN, "Depan SDN 3", List.of());
        complaints.dispose(id, admin, null, null);
        complaints.respond(id, pupr, "Sudah ditambal");
        complaints.replyToResponse(id, CITIZEN, "Terima kasih");

        await().atMost(Duration.ofSeconds(10)).until(() -> events.forComplaint(id).size() == 4);
        // Each event reaches the listener on its own thread, so changes made within milliseconds
        // of each other may arrive in either order; every one of them must arrive.
        assertThat(events.forComplaint(id)).containsExactlyInAnyOrder(
                new ComplaintStatusChanged(id, ComplaintStatus.DITUNDA, "telegram", "4242", "Di titik mana?"),
                new ComplaintStatusChanged(id, ComplaintStatus.DITERIMA, "telegram", "4242", null),
                new ComplaintStatusChanged(id, ComplaintStatus.DIDISPOSISI, "telegram", "4242", null),
                new ComplaintStatusChanged(id, ComplaintStatus.DITINDAKLANJUTI, "telegram", "4242", "Sudah ditambal"));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from event_publication where serialized_event like ? and listener_id like ? and completion_date is not null")
                .params("%" + id + "%", "%" + RecordedStatusEvents.class.getSimpleName() + "%").query(Integer.class).single() == 4);
    }

    int count() {
        return jdbc.sql("select count(*) from complaint").query(Integer.class).single();
    }
}
