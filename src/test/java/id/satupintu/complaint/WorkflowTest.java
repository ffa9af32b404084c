package id.satupintu.complaint;

import id.satupintu.SatuPintuTest;
import id.satupintu.TestData;
import id.satupintu.account.Actor;
import id.satupintu.taxonomy.Category;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static id.satupintu.TestData.CITIZEN;
import static id.satupintu.complaint.ComplaintAction.*;
import static id.satupintu.complaint.ComplaintStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every action tried in every status, against the SP4N-LAPOR! lifecycle written out below. */
@SatuPintuTest
class WorkflowTest {

    /** The expected lifecycle, stated independently of {@link ComplaintAction}'s own table. */
    static final Map<ComplaintAction, Map<ComplaintStatus, ComplaintStatus>> ALLOWED = new EnumMap<>(Map.of(
            DISPOSE, Map.of(DITERIMA, DIDISPOSISI),
            POSTPONE, Map.of(DITERIMA, DITUNDA),
            ARCHIVE, Map.of(DITERIMA, DIARSIPKAN, DITUNDA, DIARSIPKAN, BUKAN_WEWENANG, DIARSIPKAN),
            REROUTE, Map.of(DIDISPOSISI, DIDISPOSISI, BUKAN_WEWENANG, DIDISPOSISI),
            DECLINE, Map.of(DIDISPOSISI, BUKAN_WEWENANG),
            RESPOND, Map.of(DIDISPOSISI, DITINDAKLANJUTI, DITINDAKLANJUTI, DITINDAKLANJUTI),
            COMPLETE, Map.of(DITINDAKLANJUTI, SELESAI),
            ADD_INFORMATION, Map.of(DITERIMA, DITERIMA, DITUNDA, DITERIMA, DIDISPOSISI, DIDISPOSISI,
                    BUKAN_WEWENANG, BUKAN_WEWENANG, DITINDAKLANJUTI, DITINDAKLANJUTI),
            REPLY, Map.of(DITINDAKLANJUTI, DITINDAKLANJUTI),
            RATE, Map.of(DITINDAKLANJUTI, DITINDAKLANJUTI, SELESAI, SELESAI)));

    @Autowired
    Complaints complaints;
    @Autowired
    TestData data;

    Actor admin;
    Actor pupr;

    @BeforeEach
    void setUp() {
        data.clean();
        admin = TestData.admin();
        pupr = TestData.agencyStaff("DINAS_PUPR-16.11");
    }

    static Stream<Arguments> everyActionInEveryStatus() {
        return Arrays.stream(ComplaintAction.values())
                .filter(a -> a != AUTO_CLOSE) // the system's own; see DeadlineWatchTest
                .flatMap(a -> Arrays.stream(ComplaintStatus.values()).map(s -> Arguments.of(a, s)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource
    void everyActionInEveryStatus(ComplaintAction action, ComplaintStatus status) {
        String id = complaintIn(status);
        int historyBefore = history(id).size();
        ComplaintStatus expected = ALLOWED.getOrDefault(action, Map.of()).get(status);
        if (expected != null) {
            perform(action, id);
            ComplaintView after = complaints.byTrackingId(id).orElseThrow();
            assertThat(after.status()).isEqualTo(expected);
            assertThat(after.history()).hasSize(historyBefore + 1);
            ComplaintView.HistoryEntry last = after.history().getLast();
            assertThat(last.type()).isEqualTo(action.eventType());
            assertThat(last.from()).isEqualTo(status);
            assertThat(last.to()).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> perform(action, id))
                    .isInstanceOf(TransitionRefusedException.class)
                    .hasMessageContaining(id).hasMessageContaining(status.name()).hasMessageContaining(action.name());
            ComplaintView after = complaints.byTrackingId(id).orElseThrow();
            assertThat(after.status()).isEqualTo(status);
            assertThat(after.history()).hasSize(historyBefore);
        }
    }

    @Test
    void theHappyPathThroughTheLifecycle() {
        FiledComplaint filed = data.file(TestData.roadReport(Privacy.BIASA));
        assertThat(filed.status()).isEqualTo(DITERIMA);
        assertThat(filed.verificationDue()).isAfter(LocalDate.now());
        ComplaintView received = complaints.byTrackingId(filed.trackingId()).orElseThrow();
        assertThat(received.agency()).isNull();
        assertThat(received.suggestedRouting().agency().code()).isEqualTo("DINAS_PUPR-16.11");
        assertThat(received.suggestedRouting().reason()).hasToString("COMPETENT_AGENCY");
        assertThat(received.classifierSuggestion().confidence()).isEqualTo(0.87);

        ComplaintView disposed = complaints.dispose(filed.trackingId(), admin, null, "Lengkap");
        assertThat(disposed.agency().code()).isEqualTo("DINAS_PUPR-16.11");
        assertThat(disposed.deadlines().followUp()).isNotNull();
        assertThat(disposed.deadlines().completion()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(60));
        assertThat(disposed.deadlines().verification()).isNull();

        ComplaintView responded = complaints.respond(filed.trackingId(), pupr, "Perbaikan dijadwalkan minggu depan.");
        assertThat(responded.deadlines().citizenReply()).isNotNull();
        assertThat(responded.deadlines().followUp()).isNull();

        ComplaintView replied = complaints.replyToResponse(filed.trackingId(), CITIZEN, "Terima kasih, saya tunggu.");
        assertThat(replied.deadlines().citizenReply()).as("a reply stops the automatic close").isNull();

        complaints.respond(filed.trackingId(), pupr, "Sudah diperbaiki hari ini.");
        ComplaintView done = complaints.complete(filed.trackingId(), pupr, "Selesai diperbaiki.");
        assertThat(done.status()).isEqualTo(SELESAI);
        ComplaintView rated = complaints.rate(filed.trackingId(), CITIZEN, 5, "Cepat");
        assertThat(rated.rating().stars()).isEqualTo(5);
        assertThat(rated.history()).extracting(ComplaintView.HistoryEntry::type).containsExactly(
                ComplaintEventType.FILED, ComplaintEventType.DISPOSED, ComplaintEventType.RESPONDED,
                ComplaintEventType.CITIZEN_REPLIED, ComplaintEventType.RESPONDED, ComplaintEventType.COMPLETED,
                ComplaintEventType.RATED);
        assertThat(rated.history()).extracting(ComplaintView.HistoryEntry::actor)
                .containsExactly("pelapor", admin.username(), pupr.username(), "pelapor", pupr.username(), pupr.username(), "pelapor");
    }

    @Test
    void aPostponedReportReturnsToVerificationWithANewDeadline() {
        String id = complaintIn(DITUNDA);
        assertThat(complaints.byTrackingId(id).orElseThrow().deadlines().verification()).as("paused").isNull();
        ComplaintView back = complaints.addInformation(id, CITIZEN, "Tepatnya di Jl. Merdeka km 3.",
                List.of(new NewAttachment("jalan.jpg", "image/jpeg", new byte[]{1, 2, 3})));
        assertThat(back.status()).isEqualTo(DITERIMA);
        assertThat(back.deadlines().verification()).isNotNull();
        assertThat(back.attachments()).extracting(ComplaintView.AttachmentInfo::fileName).containsExactly("jalan.jpg");
        assertThat(back.history().getLast().note()).contains("Jl. Merdeka", "1 attachment");
    }

    @Test
    void aDeclinedReportIsReroutedToAnotherAgency() {
        String id = complaintIn(BUKAN_WEWENANG);
        ComplaintView rerouted = complaints.reroute(id, admin, "DINAS_PUPR-16", "Jalan provinsi");
        assertThat(rerouted.agency().code()).isEqualTo("DINAS_PUPR-16");
        assertThat(complaints.byTrackingId(id, pupr)).as("the declining agency no longer sees it").isEmpty();
        Actor provincial = TestData.agencyStaff("DINAS_PUPR-16");
        assertThat(complaints.respond(id, provincial, "Ditangani provinsi").status()).isEqualTo(DITINDAKLANJUTI);
    }

    @Test
    void aReportIsRatedOnce() {
        String id = complaintIn(SELESAI);
        complaints.rate(id, CITIZEN, 4, null);
        assertThatThrownBy(() -> complaints.rate(id, CITIZEN, 5, null))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("already been rated");
        String other = complaintIn(SELESAI);
        assertThatThrownBy(() -> complaints.rate(other, CITIZEN, 6, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rolesAndAgenciesAreEnforced() {
        String id = complaintIn(DITERIMA);
        Actor supervisor = TestData.supervisor();
        assertThatThrownBy(() -> complaints.dispose(id, supervisor, null, null)).isInstanceOf(ActionNotPermittedException.class);
        assertThat(complaints.byTrackingId(id, supervisor)).as("supervisors read everything").isPresent();
        assertThat(complaints.byTrackingId(id, pupr)).as("not yet disposed to the agency").isEmpty();
        assertThatThrownBy(() -> complaints.respond(id, pupr, "x")).isInstanceOf(ComplaintNotFoundException.class);

        complaints.dispose(id, admin, null, null);
        assertThatThrownBy(() -> complaints.archive(id, pupr, "x")).isInstanceOf(ActionNotPermittedException.class);
        Actor otherAgency = TestData.agencyStaff("DINKES-16.11");
        assertThatThrownBy(() -> complaints.respond(id, otherAgency, "x")).isInstanceOf(ComplaintNotFoundException.class);
        assertThat(complaints.byTrackingId(id, otherAgency)).isEmpty();
        assertThat(complaints.respond(id, pupr, "Ditindaklanjuti").status()).isEqualTo(DITINDAKLANJUTI);
    }

    @Test
    void onlyTheReporterActsAsTheReporter() {
        String id = complaintIn(DITINDAKLANJUTI);
        var stranger = new ReporterAddress("telegram", "9999");
        assertThatThrownBy(() -> complaints.replyToResponse(id, stranger, "bukan saya")).isInstanceOf(ComplaintNotFoundException.class);
        assertThatThrownBy(() -> complaints.rate(id, new ReporterAddress("sms", CITIZEN.address()), 1, null))
                .isInstanceOf(ComplaintNotFoundException.class);
        assertThat(complaints.findForReporter(CITIZEN)).extracting(ComplaintView::trackingId).containsExactly(id);
        assertThat(complaints.findForReporter(stranger)).isEmpty();
    }

    @Test
    void disposingNeedsACompetentAgency() {
        String id = data.file(TestData.report(Category.LAINNYA, null, "16.11", Privacy.BIASA, CITIZEN, null))
                .trackingId();
        assertThat(complaints.byTrackingId(id).orElseThrow().suggestedRouting().agency().code()).isEqualTo("ADMIN-16.11");
        assertThatThrownBy(() -> complaints.dispose(id, admin, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name the agency");
        assertThatThrownBy(() -> complaints.dispose(id, admin, "NO-SUCH", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(complaints.dispose(id, admin, "DLH-16.11", null).agency().code()).isEqualTo("DLH-16.11");
    }

    @Test
    void trackingIdsAreFoundAsPeopleTypeThem() {
        String id = complaintIn(DITERIMA);
        assertThat(complaints.byTrackingId(id.toLowerCase().replace("-", " "))).isPresent();
        assertThat(complaints.byTrackingId("LPR-2222-2222")).isEmpty();
        assertThat(complaints.byTrackingId("not an id")).isEmpty();
    }

    String complaintIn(ComplaintStatus status) {
        String id = data.reportIn(status, admin, pupr);
        assertThat(complaints.byTrackingId(id).orElseThrow().status()).isEqualTo(status);
        return id;
    }

    /** Agency actions are taken as the administrator, who may take them on any report. */
    void perform(ComplaintAction action, String id) {
        switch (action) {
            case DISPOSE -> complaints.dispose(id, admin, null, null);
            case POSTPONE -> complaints.postpone(id, admin, "Mohon foto lokasinya");
            case ARCHIVE -> complaints.archive(id, admin, "Terlalu umum");
            case REROUTE -> complaints.reroute(id, admin, "DINAS_PUPR-16", null);
            case DECLINE -> complaints.decline(id, admin, "Bukan wewenang kami");
            case RESPOND -> complaints.respond(id, admin, "Sedang ditangani");
            case COMPLETE -> complaints.complete(id, admin, null);
            case ADD_INFORMATION -> complaints.addInformation(id, CITIZEN, "Sudah tambah parah", List.of());
            case REPLY -> complaints.replyToResponse(id, CITIZEN, "Belum diperbaiki");
            case RATE -> complaints.rate(id, CITIZEN, 3, null);
            case AUTO_CLOSE -> throw new IllegalArgumentException("the system's own action");
        }
    }

    List<ComplaintView.HistoryEntry> history(String id) {
        return complaints.byTrackingId(id).orElseThrow().history();
    }
}
