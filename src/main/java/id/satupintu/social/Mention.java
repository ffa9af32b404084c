package id.satupintu.social;

import id.satupintu.channel.Channel;

import java.time.Instant;

/**
 * A public post that tagged a monitored account, with its triage. The post is public, so staff see
 * its author and text as anyone on the platform does; the public reply never repeats either.
 *
 * @param agencyCode the agency whose account was tagged
 * @param replyToId  what the public reply answers; null when none can be posted
 * @param text       null while an Instagram mention's text is still to be fetched
 */
public record Mention(long id, Channel platform, String postId, String accountId, String agencyCode, Source source,
                      PostType postType, String mediaId, String replyToId, String url, String authorId,
                      String authorHandle, String text, Instant postedAt, Instant receivedAt, String submittedBy,
                      MentionState state, Triage triage, int attempts, String lastError, String actedBy, Instant actedAt) {

    /** How the mention reached us. */
    public enum Source {
        X_POLL, META_WEBHOOK, OPERATOR, FORWARDED
    }

    /** What kind of post it is, which decides how it is answered. */
    public enum PostType {
        TWEET, IG_COMMENT, IG_MENTION_COMMENT, IG_MENTION_MEDIA, FB_COMMENT, FB_POST, LINK
    }

    /**
     * What triage read and decided; null before triage.
     *
     * @param routedAgencyCode the competent agency (set when filed); differs from the tagged one when
     *                         the text is about another agency's business, and {@code routingNote} says why
     * @param handoffCode      the code of the private-chat invitation, when invited
     * @param replyText        the public reply, as queued (or kept, when it cannot be posted)
     * @param replyMessageId   the reply's id in the outbox, or null when it was not queued
     */
    public record Triage(TriageOutcome outcome, String kind, Double kindConfidence, String category,
                         Double categoryConfidence, String agencyType, String regionCode, String routedAgencyCode,
                         String routingNote, String handoffCode, String trackingId, String replyText,
                         Long replyMessageId, Instant triagedAt) {
    }
}
