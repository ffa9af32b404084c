package id.satupintu.social;

import id.satupintu.channel.Channel;

import java.time.Instant;
import java.util.Objects;

/** A post tagging a monitored account, as an adapter read it from its platform, before it is stored. */
record IncomingMention(Channel platform, String postId, MonitoredAccount account, Mention.Source source,
                       Mention.PostType postType, String mediaId, String replyToId, String url, String authorId,
                       String authorHandle, String text, Instant postedAt, String submittedBy) {

    IncomingMention {
        Objects.requireNonNull(platform);
        Objects.requireNonNull(account);
        Objects.requireNonNull(source);
        Objects.requireNonNull(postType);
        if (postId == null || postId.isBlank()) {
            throw new IllegalArgumentException("A mention needs the post's id");
        }
        if (account.platform() != platform) {
            throw new IllegalArgumentException("A " + platform.code() + " post cannot tag a " + account.platform().code() + " account");
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
