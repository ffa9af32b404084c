package id.satupintu.web;

import id.satupintu.complaint.ComplaintView;

import java.time.LocalDate;

/** One report in a list: the report, how pressing it is and its next deadline. */
record ReportRow(ComplaintView view, Urgency urgency, LocalDate nextDue) {

    static ReportRow of(ComplaintView view, LocalDate today) {
        return new ReportRow(view, Urgency.of(view, today), Urgency.nextDue(view));
    }
}
