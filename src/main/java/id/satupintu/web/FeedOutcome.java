package id.satupintu.web;

import id.satupintu.social.Mention;
import id.satupintu.social.MentionState;
import id.satupintu.social.TriageOutcome;

/**
 * Where a mention stands as the feed shows it: the state staff acted on, and within the mentions
 * nobody acted on yet, what triage made of them (noise, or a citizen invited to a private chat).
 */
enum FeedOutcome {
    PENDING(MentionState.PENDING, null),
    NOISE(MentionState.NEW, TriageOutcome.NOT_A_REPORT),
    INVITED(MentionState.NEW, TriageOutcome.INVITED),
    FILED(MentionState.REPORTED, null),
    IGNORED(MentionState.IGNORED, null),
    FAILED(MentionState.FAILED, null);

    /** The filter this outcome is in the feed's terms; a null triage outcome takes any. */
    final MentionState state;
    final TriageOutcome triage;

    FeedOutcome(MentionState state, TriageOutcome triage) {
        this.state = state;
        this.triage = triage;
    }

    static FeedOutcome of(Mention m) {
        return switch (m.state()) {
            case PENDING -> PENDING;
            case NEW -> m.triage() != null && m.triage().outcome() == TriageOutcome.INVITED ? INVITED : NOISE;
            case REPORTED -> FILED;
            case IGNORED -> IGNORED;
            case FAILED -> FAILED;
        };
    }
}
