package id.satupintu.complaint;

/** Where a report stands in the SP4N-LAPOR! workflow (names as the citizen reads them). */
public enum ComplaintStatus {
    /** Received, waiting for the administrator to verify it. */
    DITERIMA,
    /** Postponed: the administrator asked the citizen for more before verifying. */
    DITUNDA,
    /** Verified and disposed (forwarded) to an agency, which has yet to follow it up. */
    DIDISPOSISI,
    /** The agency declined it as not its authority; back with the administrator for re-routing. */
    BUKAN_WEWENANG,
    /** The agency has responded (tindak lanjut); the citizen may reply. */
    DITINDAKLANJUTI,
    /** Completed, by the agency or automatically when the citizen did not reply in time. */
    SELESAI,
    /** Archived by the administrator with a reason (spam, not about a public service, too vague). */
    DIARSIPKAN;

    public boolean isClosed() {
        return this == SELESAI || this == DIARSIPKAN;
    }
}
