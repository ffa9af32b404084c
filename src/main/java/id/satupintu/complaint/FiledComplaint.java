package id.satupintu.complaint;

import java.time.LocalDate;

/** What the citizen is told on filing: the tracking id and by when the report will be verified. */
public record FiledComplaint(String trackingId, ComplaintStatus status, LocalDate verificationDue) {
}
