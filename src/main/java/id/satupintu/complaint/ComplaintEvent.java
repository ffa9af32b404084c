package id.satupintu.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a report's history. Immutable here and append-only in the database (a trigger
 * refuses updates and deletes). {@code actor} never holds the reporter's identity: the reporter
 * acts as {@code pelapor}.
 */
@Entity
@Immutable
@Table(name = "complaint_event")
class ComplaintEvent {

    static final String REPORTER = "pelapor";
    static final String SYSTEM = "sistem";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long complaintId;
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private ComplaintEventType type;
    private String actor;
    private String actorRole;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus toStatus;
    private String note;
    @Enumerated(EnumType.STRING)
    private Deadline deadline;
    private LocalDate deadlineDue;

    protected ComplaintEvent() {
    }

    ComplaintEvent(Long complaintId, Instant occurredAt, ComplaintEventType type, String actor, String actorRole,
                   ComplaintStatus fromStatus, ComplaintStatus toStatus, String note) {
        this.complaintId = complaintId;
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = actor;
        this.actorRole = actorRole;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    static ComplaintEvent escalation(Long complaintId, Instant now, ComplaintStatus status, Deadline deadline, LocalDate due) {
        var event = new ComplaintEvent(complaintId, now, ComplaintEventType.ESCALATED, SYSTEM, SYSTEM, status, status,
                "%s deadline %s missed; escalated to the supervisors".formatted(deadline, due));
        event.deadline = deadline;
        event.deadlineDue = due;
        return event;
    }

    Long complaintId() { return complaintId; }
    Instant occurredAt() { return occurredAt; }
    ComplaintEventType type() { return type; }
    String actor() { return actor; }
    String actorRole() { return actorRole; }
    ComplaintStatus fromStatus() { return fromStatus; }
    ComplaintStatus toStatus() { return toStatus; }
    String note() { return note; }
    Deadline deadline() { return deadline; }
}
