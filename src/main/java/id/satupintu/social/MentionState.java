package id.satupintu.social;

/** Where a mention stands in the agency's feed. */
public enum MentionState {
    /** Stored, waiting for triage (or for its text, on Instagram). */
    PENDING,
    /** Triaged and not filed: no report, or the citizen was invited to continue privately. */
    NEW,
    /** Filed as a report, by triage or by staff. */
    REPORTED,
    /** Staff set it aside. */
    IGNORED,
    /** Its text could not be had after every attempt. */
    FAILED
}
