package id.satupintu.complaint;

import id.satupintu.agency.RoutingReason;
import id.satupintu.complaint.NewComplaint.ClassifierSuggestion;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A report as one viewer may see it. For a viewer who may not know an anonymous reporter, the
 * reporter's name, contact and address are null ({@code reporter.hidden}) and removed from every
 * text shown, the history included.
 *
 * @param agency           the agency it is disposed to; null before disposition
 * @param suggestedRouting where routing sent it on filing, for the administrator to confirm
 * @param actions          what this viewer may do to it now
 */
public record ComplaintView(String trackingId, Kind kind, Category category, AgencyType agencyType,
                            ComplaintStatus status, AgencyRef agency, Routing suggestedRouting,
                            String regionCode, String placeText, LocalDate incidentDate, String description,
                            ReporterView reporter, String originChannel, ClassifierSuggestion classifierSuggestion,
                            Instant filedAt, Instant updatedAt, Deadlines deadlines, Rating rating,
                            List<AttachmentInfo> attachments, List<HistoryEntry> history, Set<ComplaintAction> actions) {

    public record AgencyRef(String code, String name) {
    }

    public record Routing(AgencyRef agency, RoutingReason reason, String explanation) {
    }

    /** @param address the citizen's address on the origin channel */
    public record ReporterView(String name, String contact, String address, Privacy privacy, boolean hidden) {
    }

    /**
     * Due dates (the deadline passes at the end of that day, Indonesian western time); null where
     * the deadline does not run now.
     *
     * @param citizenReply after this day without a reply from the citizen, the report closes by itself
     * @param overdue      the running deadlines already missed
     */
    public record Deadlines(LocalDate verification, LocalDate followUp, LocalDate completion,
                            LocalDate citizenReply, Set<Deadline> overdue) {
    }

    public record Rating(int stars, String comment, Instant ratedAt) {
    }

    public record AttachmentInfo(long id, String fileName, String contentType, long size) {
    }

    /**
     * @param actor    the account's username, {@code pelapor} for the reporter, {@code sistem} for the system
     * @param deadline the missed deadline, for ESCALATED entries
     */
    public record HistoryEntry(Instant at, ComplaintEventType type, String actor, String actorRole,
                               ComplaintStatus from, ComplaintStatus to, String note, Deadline deadline) {
    }
}
