package id.satupintu.web;

import id.satupintu.complaint.ComplaintView;
import id.satupintu.complaint.ComplaintView.Deadlines;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How pressing a report is for whoever must act next: red once a running deadline has passed,
 * amber when the next one is at most {@link #AMBER_DAYS} days away.
 */
enum Urgency {
    OVERDUE, SOON, ON_TRACK, NONE;

    static final int AMBER_DAYS = 2;

    /** The nearest running deadline of the staff (not the citizen's reply). */
    static LocalDate nextDue(ComplaintView view) {
        Deadlines d = view.deadlines();
        return Stream.of(d.verification(), d.followUp(), d.completion())
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    static Urgency of(ComplaintView view, LocalDate today) {
        if (!view.deadlines().overdue().isEmpty()) {
            return OVERDUE;
        }
        LocalDate due = nextDue(view);
        if (due == null) {
            return NONE;
        }
        return due.isAfter(today.plusDays(AMBER_DAYS)) ? ON_TRACK : SOON;
    }

    /** Most pressing first: by next deadline, reports without one last. */
    static final Comparator<ComplaintView> BY_DEADLINE =
            Comparator.comparing(Urgency::nextDue, Comparator.nullsLast(Comparator.naturalOrder()));
}
