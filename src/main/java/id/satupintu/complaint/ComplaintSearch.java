package id.satupintu.complaint;

import id.satupintu.account.Actor;
import id.satupintu.account.Role;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A {@link ComplaintFilter} as a query, always narrowed to what the viewer may see. */
final class ComplaintSearch {

    private ComplaintSearch() {
    }

    /** @param zone where the filter's days begin and end; {@code today} is in it too */
    static Specification<Complaint> matching(ComplaintFilter f, Actor viewer, ZoneId zone, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (viewer.role() == Role.AGENCY) {
                all.add(cb.equal(root.get("agencyCode"), viewer.agencyCode()));
            }
            if (f.status() != null) all.add(cb.equal(root.get("status"), f.status()));
            if (f.category() != null) all.add(cb.equal(root.get("category"), f.category()));
            if (f.agencyCode() != null) all.add(cb.equal(root.get("agencyCode"), f.agencyCode()));
            if (f.channel() != null) all.add(cb.equal(root.get("originChannel"), f.channel().toLowerCase(Locale.ROOT)));
            if (f.regionCode() != null) {
                all.add(cb.or(cb.equal(root.get("regionCode"), f.regionCode()),
                        cb.like(root.get("regionCode"), f.regionCode() + ".%")));
            }
            if (f.filedFrom() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("filedAt"), f.filedFrom().atStartOfDay(zone).toInstant()));
            }
            if (f.filedTo() != null) {
                all.add(cb.lessThan(root.get("filedAt"), f.filedTo().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(cb.lower(root.get("trackingId")), like),
                        cb.like(cb.lower(root.get("description")), like),
                        cb.like(cb.lower(root.get("placeText")), like)));
            }
            if (f.overdue() != null) {
                Predicate overdue = cb.or(
                        missed(root, cb, Complaint.VERIFICATION_RUNS, "verificationDue", today),
                        missed(root, cb, Complaint.FOLLOW_UP_RUNS, "followUpDue", today),
                        missed(root, cb, Complaint.COMPLETION_RUNS, "completionDue", today));
                all.add(f.overdue() ? overdue : cb.not(overdue));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static Predicate missed(Root<Complaint> root, CriteriaBuilder cb, Set<ComplaintStatus> runsIn, String due,
                                    LocalDate today) {
        return cb.and(root.get("status").in(runsIn), cb.isNotNull(root.get(due)), cb.lessThan(root.get(due), today));
    }
}
