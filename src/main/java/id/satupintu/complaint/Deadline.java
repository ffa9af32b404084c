package id.satupintu.complaint;

/** The service-level deadlines a report runs against; a missed one escalates once. */
public enum Deadline {
    /** The administrator verifies (or re-routes) within 3 working days. */
    VERIFICATION,
    /** The agency gives its first follow-up within 5 working days of disposition. */
    FOLLOW_UP,
    /** The report is completed within 60 calendar days of its first disposition. */
    COMPLETION
}
