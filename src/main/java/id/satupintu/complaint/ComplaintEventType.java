package id.satupintu.complaint;

/** What one entry of a report's history records. */
public enum ComplaintEventType {
    FILED,
    DISPOSED,
    POSTPONED,
    ARCHIVED,
    INFORMATION_ADDED,
    DECLINED,
    REROUTED,
    RESPONDED,
    CITIZEN_REPLIED,
    RATED,
    COMPLETED,
    /** Completed by the system: the citizen did not reply to the follow-up within 10 working days. */
    AUTO_CLOSED,
    /** A deadline was missed; supervisors are alerted. Not a status change. */
    ESCALATED
}
