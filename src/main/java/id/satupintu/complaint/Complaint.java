package id.satupintu.complaint;

import id.satupintu.agency.RoutingDecision;
import id.satupintu.agency.RoutingReason;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import static id.satupintu.complaint.ComplaintStatus.*;

/**
 * The report aggregate: its data, status and running deadlines. Every change goes through
 * {@link #take}, which refuses an action the workflow table ({@link ComplaintAction}) does not
 * allow in the current status. The history is kept beside it ({@link ComplaintEvent}).
 */
@Entity
@Table(name = "complaint")
class Complaint {

    static final Set<ComplaintStatus> VERIFICATION_RUNS = EnumSet.of(DITERIMA, BUKAN_WEWENANG);
    static final Set<ComplaintStatus> FOLLOW_UP_RUNS = EnumSet.of(DIDISPOSISI);
    static final Set<ComplaintStatus> COMPLETION_RUNS = EnumSet.of(DIDISPOSISI, BUKAN_WEWENANG, DITINDAKLANJUTI);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String trackingId;
    private String clientReference;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Category category;
    @Enumerated(EnumType.STRING)
    private AgencyType agencyType;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    private String agencyCode;
    private String routedAgencyCode;
    @Enumerated(EnumType.STRING)
    private RoutingReason routingReason;
    private String routingExplanation;
    private String regionCode;
    private String placeText;
    private LocalDate incidentDate;
    private Double latitude;
    private Double longitude;
    private String description;
    private String reporterName;
    private String reporterContact;
    @Enumerated(EnumType.STRING)
    private Privacy privacy;
    private String originChannel;
    private String senderAddress;
    @Enumerated(EnumType.STRING)
    private Category suggestedCategory;
    @Enumerated(EnumType.STRING)
    private AgencyType suggestedAgencyType;
    private Double suggestionConfidence;
    private Instant filedAt;
    private Instant updatedAt;
    private LocalDate verificationDue;
    private Instant verificationEscalatedAt;
    private LocalDate followUpDue;
    private Instant followUpEscalatedAt;
    private LocalDate completionDue;
    private Instant completionEscalatedAt;
    private LocalDate citizenReplyDue;
    private Integer rating;
    private String ratingComment;
    private Instant ratedAt;

    protected Complaint() {
    }

    Complaint(String trackingId, NewComplaint report, AgencyType agencyType, RoutingDecision routing,
              Instant now, LocalDate verificationDue) {
        this.trackingId = trackingId;
        this.clientReference = report.clientReference();
        this.kind = report.kind();
        this.category = report.category();
        this.agencyType = agencyType;
        this.status = DITERIMA;
        this.routedAgencyCode = routing.agency().code();
        this.routingReason = routing.reason();
        this.routingExplanation = routing.explanation();
        this.regionCode = report.regionCode();
        this.placeText = report.placeText();
        this.incidentDate = report.incidentDate();
        if (report.location() != null) {
            this.latitude = report.location().latitude();
            this.longitude = report.location().longitude();
        }
        this.description = report.description().strip();
        this.reporterName = report.reporter().name();
        this.reporterContact = report.reporter().contact();
        this.privacy = report.reporter().privacy();
        this.originChannel = report.origin().channel();
        this.senderAddress = report.origin().address();
        if (report.suggestion() != null) {
            this.suggestedCategory = report.suggestion().category();
            this.suggestedAgencyType = report.suggestion().agencyType();
            this.suggestionConfidence = report.suggestion().confidence();
        }
        this.filedAt = now;
        this.updatedAt = now;
        this.verificationDue = verificationDue;
    }

    /** Checks that {@code action} is allowed now and moves to its next status; returns the status before. */
    ComplaintStatus take(ComplaintAction action, Instant now) {
        if (!action.isAllowedIn(status)) {
            throw TransitionRefusedException.of(trackingId, status, action);
        }
        ComplaintStatus before = status;
        status = action.next(status);
        updatedAt = now;
        return before;
    }

    void dispose(String agency, LocalDate today, DeadlineRules rules) {
        agencyCode = agency;
        followUpDue(rules.followUp(today));
        if (completionDue == null) {
            completionDue = rules.completion(today);
        }
    }

    void postpone() {
        verificationDue(null);
    }

    void decline(LocalDate today, DeadlineRules rules) {
        verificationDue(rules.verification(today));
    }

    void respond(LocalDate today, DeadlineRules rules) {
        citizenReplyDue = rules.citizenReply(today);
    }

    /** After a postponement the administrator's clock starts again from the citizen's addition. */
    void informationAdded(ComplaintStatus before, LocalDate today, DeadlineRules rules) {
        if (before == DITUNDA) {
            verificationDue(rules.verification(today));
        }
    }

    /** The citizen answered: the agency must act again, so the report no longer closes by itself. */
    void citizenReplied() {
        citizenReplyDue = null;
    }

    void rate(int stars, String comment, Instant now) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5 stars, not " + stars);
        }
        if (rating != null) {
            throw new TransitionRefusedException("Report " + trackingId + " has already been rated");
        }
        rating = stars;
        ratingComment = comment;
        ratedAt = now;
    }

    void closed() {
        citizenReplyDue = null;
    }

    /** The running deadlines already past on {@code today}. */
    Set<Deadline> overdue(LocalDate today) {
        var missed = EnumSet.noneOf(Deadline.class);
        for (Deadline d : Deadline.values()) {
            LocalDate due = runningDue(d);
            if (due != null && today.isAfter(due)) {
                missed.add(d);
            }
        }
        return missed;
    }

    /** Marks a missed deadline as escalated; false if it already was. */
    boolean escalate(Deadline deadline, Instant now) {
        switch (deadline) {
            case VERIFICATION -> {
                if (verificationEscalatedAt != null) return false;
                verificationEscalatedAt = now;
            }
            case FOLLOW_UP -> {
                if (followUpEscalatedAt != null) return false;
                followUpEscalatedAt = now;
            }
            case COMPLETION -> {
                if (completionEscalatedAt != null) return false;
                completionEscalatedAt = now;
            }
        }
        return true;
    }

    /** The due date of a deadline while it runs (in the statuses it governs), else null. */
    LocalDate runningDue(Deadline deadline) {
        return switch (deadline) {
            case VERIFICATION -> VERIFICATION_RUNS.contains(status) ? verificationDue : null;
            case FOLLOW_UP -> FOLLOW_UP_RUNS.contains(status) ? followUpDue : null;
            case COMPLETION -> COMPLETION_RUNS.contains(status) ? completionDue : null;
        };
    }

    boolean isReportedFrom(ReporterAddress from) {
        return originChannel.equals(from.channel()) && Objects.equals(senderAddress, from.address());
    }

    private void verificationDue(LocalDate due) {
        if (!Objects.equals(due, verificationDue)) {
            verificationEscalatedAt = null;
        }
        verificationDue = due;
    }

    private void followUpDue(LocalDate due) {
        if (!Objects.equals(due, followUpDue)) {
            followUpEscalatedAt = null;
        }
        followUpDue = due;
    }

    Long id() { return id; }
    String trackingId() { return trackingId; }
    Kind kind() { return kind; }
    Category category() { return category; }
    AgencyType agencyType() { return agencyType; }
    ComplaintStatus status() { return status; }
    String agencyCode() { return agencyCode; }
    String routedAgencyCode() { return routedAgencyCode; }
    RoutingReason routingReason() { return routingReason; }
    String routingExplanation() { return routingExplanation; }
    String regionCode() { return regionCode; }
    String placeText() { return placeText; }
    LocalDate incidentDate() { return incidentDate; }
    String description() { return description; }
    String reporterName() { return reporterName; }
    String reporterContact() { return reporterContact; }
    Privacy privacy() { return privacy; }
    String originChannel() { return originChannel; }
    String senderAddress() { return senderAddress; }
    Category suggestedCategory() { return suggestedCategory; }
    AgencyType suggestedAgencyType() { return suggestedAgencyType; }
    Double suggestionConfidence() { return suggestionConfidence; }
    Instant filedAt() { return filedAt; }
    Instant updatedAt() { return updatedAt; }
    LocalDate verificationDue() { return verificationDue; }
    LocalDate citizenReplyDue() { return status == DITINDAKLANJUTI ? citizenReplyDue : null; }
    Integer rating() { return rating; }
    String ratingComment() { return ratingComment; }
    Instant ratedAt() { return ratedAt; }
}
