package id.satupintu.account;

/** What a signed-in account may do. */
public enum Role {
    /** The SP4N-LAPOR! administrator (pengelola): verifies, disposes, archives, sees reporters. */
    ADMIN,
    /** Staff of one agency: handles only that agency's reports, never sees anonymous reporters. */
    AGENCY,
    /** Read-only oversight across agencies (e.g. the ombudsman). */
    SUPERVISOR
}
