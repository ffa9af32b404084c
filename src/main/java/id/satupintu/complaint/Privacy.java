package id.satupintu.complaint;

/** What the reporter asked for their identity and their report. */
public enum Privacy {
    /** Normal: the handling agency sees who reported. */
    BIASA,
    /** Anonymous: the identity is kept, but only administrators ever see it. */
    ANONIM,
    /** Confidential: the report is never published; the handling agency still sees who reported. */
    RAHASIA;

    public boolean isPublishable() {
        return this != RAHASIA;
    }
}
