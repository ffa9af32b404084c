package id.satupintu;

import id.satupintu.account.Accounts;
import id.satupintu.account.Actor;
import id.satupintu.account.NewAccount;
import id.satupintu.account.Role;
import id.satupintu.complaint.FiledComplaint;
import id.satupintu.complaint.NewAttachment;
import id.satupintu.complaint.NewComplaint;
import id.satupintu.complaint.NewComplaint.ClassifierSuggestion;
import id.satupintu.complaint.NewComplaint.Reporter;
import id.satupintu.complaint.ComplaintStatus;
import id.satupintu.complaint.Complaints;
import id.satupintu.complaint.Privacy;
import id.satupintu.complaint.ReporterAddress;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the data tests need through the application's own services, and empties the tables
 * between tests (TRUNCATE, which the history's append-only trigger does not cover by design).
 */
@Component
public class TestData {

    public static final String PASSWORD = "correct horse battery staple";
    public static final ReporterAddress CITIZEN = new ReporterAddress("telegram", "4242");

    private static final AtomicInteger serial = new AtomicInteger();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Complaints complaints;

    TestData(JdbcClient jdbc, Accounts accounts, Complaints complaints) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.complaints = complaints;
    }

    public void clean() {
        jdbc.sql("truncate complaint, complaint_event, complaint_attachment, event_publication restart identity cascade").update();
    }

    public void cleanAccounts() {
        jdbc.sql("truncate api_token, account restart identity cascade").update();
    }

    /**
     * Callers for the Java API, which takes the {@link Actor} as the security layer established it;
     * no account row is needed (hashing passwords would only slow the tests).
     */
    public static Actor admin() {
        return actor(Role.ADMIN, null);
    }

    public static Actor supervisor() {
        return actor(Role.SUPERVISOR, null);
    }

    public static Actor agencyStaff(String agencyCode) {
        return actor(Role.AGENCY, agencyCode);
    }

    private static Actor actor(Role role, String agencyCode) {
        int n = serial.incrementAndGet();
        return new Actor(-n, role.name().toLowerCase() + "-" + n, role, agencyCode);
    }

    /** A real account, for tests that sign in over HTTP. */
    public Actor account(Role role, String agencyCode) {
        String name = role.name().toLowerCase() + "-" + serial.incrementAndGet();
        return accounts.create(new NewAccount(name, PASSWORD, role, agencyCode)).actor();
    }

    public String token(Actor actor) {
        return accounts.issueToken(actor.username(), "test").token();
    }

    /** A road complaint in Kecamatan Pendopo, Kabupaten Empat Lawang: routed to DINAS_PUPR-16.11. */
    public static NewComplaint roadReport(Privacy privacy) {
        return report(Category.INFRASTRUKTUR, AgencyType.DINAS_PUPR, "16.11.03", privacy, CITIZEN, null);
    }

    public static NewComplaint report(Category category, AgencyType type, String regionCode, Privacy privacy,
                                      ReporterAddress from, String clientReference, NewAttachment... files) {
        return new NewComplaint(Kind.PENGADUAN, category, type, regionCode, "depan SDN 3 Pendopo",
                LocalDate.of(2026, 11, 20), "Jalan berlubang parah di depan SDN 3, sudah dua bulan. Pelapor Siti Aminah.",
                new Reporter("Siti Aminah", "+6281234567890", privacy), from,
                new ClassifierSuggestion(category, type, 0.87), List.of(files), clientReference);
    }

    public FiledComplaint file(NewComplaint report) {
        return complaints.file(report);
    }

    /**
     * A new {@link #roadReport} brought into {@code status} through the workflow itself, by
     * {@code admin} and by {@code agency} (staff of DINAS_PUPR-16.11) where the agency acts.
     */
    public String reportIn(ComplaintStatus status, Actor admin, Actor agency) {
        String id = file(roadReport(Privacy.BIASA)).trackingId();
        switch (status) {
            case DITERIMA -> { }
            case DITUNDA -> complaints.postpone(id, admin, "Di titik mana tepatnya?");
            case DIARSIPKAN -> complaints.archive(id, admin, "Bukan pelayanan publik");
            default -> {
                complaints.dispose(id, admin, null, null);
                switch (status) {
                    case BUKAN_WEWENANG -> complaints.decline(id, agency, "Jalan nasional, wewenang BPJN");
                    case DITINDAKLANJUTI -> complaints.respond(id, agency, "Dijadwalkan");
                    case SELESAI -> {
                        complaints.respond(id, agency, "Dijadwalkan");
                        complaints.complete(id, agency, null);
                    }
                    default -> { }
                }
            }
        }
        return id;
    }
}
