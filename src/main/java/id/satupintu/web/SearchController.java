package id.satupintu.web;

import id.satupintu.account.Actor;
import id.satupintu.channel.Channel;
import id.satupintu.complaint.ComplaintFilter;
import id.satupintu.complaint.ComplaintStatus;
import id.satupintu.complaint.ComplaintView;
import id.satupintu.complaint.Complaints;
import id.satupintu.taxonomy.Category;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Search and filters over the reports the viewer may see. The form asks with htmx, which gets only
 * the results table back; without JavaScript it is a plain GET of the whole page.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 25;

    /** The form as submitted, shown again above its results. */
    record Criteria(String tracking, String q, ComplaintStatus status, Category category, String region, String channel,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    }

    private final Complaints complaints;
    private final RegionNames places;
    private final ZoneId zone;

    SearchController(Complaints complaints, RegionNames places, @Value("${satupintu.complaint.zone:Asia/Jakarta}") ZoneId zone) {
        this.complaints = complaints;
        this.places = places;
        this.zone = zone;
    }

    @GetMapping("/console/reports")
    String search(@ModelAttribute("actor") Actor actor, @ModelAttribute("criteria") Criteria criteria,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (criteria.tracking() != null && !criteria.tracking().isBlank()) {
            return Forms.redirectToReport(criteria.tracking().strip());
        }
        Optional<String> region = places.codeOf(criteria.region());
        boolean unknownRegion = criteria.region() != null && !criteria.region().isBlank() && region.isEmpty();
        model.addAttribute("unknownRegion", unknownRegion);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("channels", Channel.values());
        if (!unknownRegion) {
            var filter = new ComplaintFilter(criteria.status(), criteria.category(), null, region.orElse(null),
                    Forms.blankToNull(criteria.channel()), criteria.from(), criteria.to(), Forms.blankToNull(criteria.q()), null);
            Page<ComplaintView> found = complaints.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE), actor);
            LocalDate today = LocalDate.now(zone);
            model.addAttribute("results", found.map(v -> ReportRow.of(v, today)));
        }
        return htmx != null ? "console/search :: results" : "console/search";
    }
}
