package id.satupintu.web;

import id.satupintu.account.Actor;
import id.satupintu.complaint.ComplaintFilter;
import id.satupintu.complaint.ComplaintStatus;
import id.satupintu.complaint.ComplaintView;
import id.satupintu.complaint.Complaints;
import id.satupintu.taxonomy.Category;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Counts by status and category, overdue reports by agency and the median times to verify and to
 * complete, for the reports filed in a chosen period (default: the last 30 days) that the viewer
 * may see; the same reports as CSV.
 */
@Controller
class DashboardController {

    static final int DEFAULT_DAYS = 30;
    /** Reports one dashboard reads at most; a longer period is cut, and the page says so. */
    static final int MAX_REPORTS = 20_000;
    private static final int BATCH = 500;
    private static final String CSV_HEADER = "tracking_id,filed_at,kind,category,status,agency_code,region_code,channel,"
            + "disposed_at,completed_at,overdue\r\n";

    private final Complaints complaints;
    private final MessageSource messages;
    private final JsonMapper json;
    private final ZoneId zone;

    DashboardController(Complaints complaints, MessageSource messages, JsonMapper json,
                        @Value("${satupintu.complaint.zone:Asia/Jakarta}") ZoneId zone) {
        this.complaints = complaints;
        this.messages = messages;
        this.json = json;
        this.zone = zone;
    }

    /** The chosen period, filing days inclusive. */
    record Period(LocalDate from, LocalDate to) {
    }

    /** One chart's labels and values, as the page's script reads them. */
    record Chart(List<String> labels, List<Long> values) {
        static <K> Chart of(Map<K, Long> counts, Function<K, String> label) {
            return new Chart(counts.keySet().stream().map(label).toList(), List.copyOf(counts.values()));
        }
    }

    @GetMapping("/console/dashboard")
    String dashboard(@ModelAttribute("actor") Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     Locale locale, Model model) {
        Period period = period(from, to);
        List<ComplaintView> reports = reports(actor, period);
        Dashboard figures = Dashboard.of(reports);
        model.addAttribute("period", period);
        model.addAttribute("figures", figures);
        model.addAttribute("truncated", reports.size() >= MAX_REPORTS);
        model.addAttribute("medianToVerify", days(figures.medianToVerify()));
        model.addAttribute("medianToComplete", days(figures.medianToComplete()));
        model.addAttribute("statusChart", json.writeValueAsString(Chart.of(figures.byStatus(),
                (ComplaintStatus s) -> messages.getMessage("status." + s.name(), null, locale))));
        model.addAttribute("categoryChart", json.writeValueAsString(Chart.of(figures.byCategory(),
                (Category c) -> messages.getMessage("category." + c.name(), null, locale))));
        model.addAttribute("overdueChart", json.writeValueAsString(Chart.of(figures.overdueByAgency(), Function.identity())));
        return "console/dashboard";
    }

    @GetMapping("/console/dashboard.csv")
    ResponseEntity<String> csv(@ModelAttribute("actor") Actor actor,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = period(from, to);
        var csv = new StringBuilder(CSV_HEADER);
        for (ComplaintView r : reports(actor, period)) {
            csv.append(String.join(",", cell(r.trackingId()), cell(r.filedAt()), cell(r.kind()), cell(r.category()),
                    cell(r.status()), cell(r.agency() == null ? null : r.agency().code()), cell(r.regionCode()),
                    cell(r.originChannel()), cell(Dashboard.verifiedAt(r)), cell(Dashboard.completedAt(r)),
                    cell(String.join(" ", r.deadlines().overdue().stream().map(Enum::name).sorted().toList())))).append("\r\n");
        }
        String name = "laporan-%s-%s.csv".formatted(period.from(), period.to());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.toString());
    }

    private Period period(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(zone);
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        return start.isAfter(end) ? new Period(end, start) : new Period(start, end);
    }

    private List<ComplaintView> reports(Actor actor, Period period) {
        var filter = new ComplaintFilter(null, null, null, null, null, period.from(), period.to(), null, null);
        var all = new ArrayList<ComplaintView>();
        Page<ComplaintView> page;
        int n = 0;
        do {
            page = complaints.search(filter, PageRequest.of(n++, BATCH), actor);
            all.addAll(page.getContent());
        } while (page.hasNext() && all.size() < MAX_REPORTS);
        return all;
    }

    private static Double days(Duration d) {
        return d == null ? null : d.toMinutes() / (24.0 * 60);
    }

    /**
     * One CSV field (RFC 4180): quoted when it holds a separator, quote or line break; a leading
     * character a spreadsheet would run as a formula is defused with an apostrophe.
     */
    private static String cell(Object value) {
        if (value instanceof Optional<?> o) {
            return cell(o.orElse(null));
        }
        if (value == null) {
            return "";
        }
        String text = value instanceof Instant i ? i.toString() : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
