package id.satupintu.web;

import id.satupintu.account.Actor;
import id.satupintu.agency.Agency;
import id.satupintu.agency.AgencyDirectory;
import id.satupintu.complaint.ComplaintFilter;
import id.satupintu.complaint.ComplaintStatus;
import id.satupintu.complaint.Complaints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The two desks: the administrator's (new reports to verify, postponed ones, those an agency
 * declined) and an agency's (its open reports, the most pressing deadline first).
 */
@Controller
class InboxController {

    static final int INBOX_SIZE = 200;

    private final Complaints complaints;
    private final AgencyDirectory directory;
    private final ZoneId zone;

    InboxController(Complaints complaints, AgencyDirectory directory, @Value("${satupintu.complaint.zone:Asia/Jakarta}") ZoneId zone) {
        this.complaints = complaints;
        this.directory = directory;
        this.zone = zone;
    }

    @GetMapping("/console/admin")
    String administrator(@ModelAttribute("actor") Actor actor, Model model) {
        model.addAttribute("toVerify", rows(actor, ComplaintStatus.DITERIMA));
        model.addAttribute("declined", rows(actor, ComplaintStatus.BUKAN_WEWENANG));
        model.addAttribute("postponed", rows(actor, ComplaintStatus.DITUNDA));
        return "console/admin-inbox";
    }

    @GetMapping("/console/agency")
    String agency(@ModelAttribute("actor") Actor actor, Model model) {
        model.addAttribute("agencyName", directory.byCode(actor.agencyCode()).map(Agency::name).orElse(actor.agencyCode()));
        model.addAttribute("disposed", rows(actor, ComplaintStatus.DIDISPOSISI));
        model.addAttribute("followedUp", rows(actor, ComplaintStatus.DITINDAKLANJUTI));
        return "console/agency-inbox";
    }

    private List<ReportRow> rows(Actor actor, ComplaintStatus status) {
        var filter = new ComplaintFilter(status, null, null, null, null, null, null, null, null);
        LocalDate today = LocalDate.now(zone);
        return complaints.search(filter, PageRequest.of(0, INBOX_SIZE), actor).getContent().stream()
                .sorted(Urgency.BY_DEADLINE)
                .map(v -> ReportRow.of(v, today))
                .toList();
    }
}
