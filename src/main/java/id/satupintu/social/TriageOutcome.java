package id.satupintu.social;

/** What triage made of a mention. */
public enum TriageOutcome {
    /** Thanks, spam, chit-chat: kept for the feed, never filed, never answered. */
    NOT_A_REPORT,
    /** A report that lacks something: a public reply invites the citizen to a private chat (hand-off). */
    INVITED,
    /** A report holding what and where: filed at once, the public reply gives the tracking id. */
    FILED
}
