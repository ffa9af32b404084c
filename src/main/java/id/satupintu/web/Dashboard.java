package id.satupintu.web;

import id.satupintu.complaint.ComplaintEventType;
import id.satupintu.complaint.ComplaintStatus;
import id.satupintu.complaint.ComplaintView;
import id.satupintu.complaint.ComplaintView.HistoryEntry;
import id.satupintu.taxonomy.Category;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of one period, over the reports filed in it that the viewer may see.
 *
 * @param overdueByAgency reports past a running deadline, by the agency that must act (the
 *                        administrator's, while a report waits for verification)
 * @param medianToVerify  filing to the first disposition, over the reports disposed; null when none were
 * @param medianToComplete filing to completion, over the reports completed; null when none were
 */
record Dashboard(int total, Map<ComplaintStatus, Long> byStatus, Map<Category, Long> byCategory,
                 Map<String, Long> overdueByAgency, Duration medianToVerify, Duration medianToComplete) {

    static final Set<ComplaintEventType> COMPLETION = EnumSet.of(ComplaintEventType.COMPLETED, ComplaintEventType.AUTO_CLOSED);

    static Dashboard of(List<ComplaintView> reports) {
        var byStatus = new EnumMap<ComplaintStatus, Long>(ComplaintStatus.class);
        for (ComplaintStatus s : ComplaintStatus.values()) {
            byStatus.put(s, reports.stream().filter(r -> r.status() == s).count());
        }
        Map<Category, Long> byCategory = reports.stream()
                .collect(Collectors.groupingBy(ComplaintView::category, () -> new EnumMap<>(Category.class), Collectors.counting()));
        Map<String, Long> overdue = reports.stream()
                .filter(r -> !r.deadlines().overdue().isEmpty())
                .collect(Collectors.groupingBy(Dashboard::actingAgency, TreeMap::new, Collectors.counting()));
        return new Dashboard(reports.size(), byStatus, byCategory, overdue,
                median(reports, Dashboard::verifiedAt), median(reports, Dashboard::completedAt));
    }

    /** When the report was first disposed, if it was. */
    static Optional<Instant> verifiedAt(ComplaintView report) {
        return firstAt(report, EnumSet.of(ComplaintEventType.DISPOSED));
    }

    /** When the report was completed (by the agency or automatically), if it was. */
    static Optional<Instant> completedAt(ComplaintView report) {
        return firstAt(report, COMPLETION);
    }

    private static String actingAgency(ComplaintView r) {
        return r.agency() != null ? r.agency().name() : r.suggestedRouting().agency().name();
    }

    private static Optional<Instant> firstAt(ComplaintView report, Set<ComplaintEventType> types) {
        return report.history().stream().filter(e -> types.contains(e.type())).map(HistoryEntry::at).findFirst();
    }

    private static Duration median(List<ComplaintView> reports, Function<ComplaintView, Optional<Instant>> event) {
        List<Duration> spans = reports.stream()
                .flatMap(r -> event.apply(r).map(at -> Duration.between(r.filedAt(), at)).stream())
                .sorted()
                .toList();
        if (spans.isEmpty()) {
            return null;
        }
        int mid = spans.size() / 2;
        return spans.size() % 2 == 1 ? spans.get(mid) : spans.get(mid - 1).plus(spans.get(mid)).dividedBy(2);
    }
}
