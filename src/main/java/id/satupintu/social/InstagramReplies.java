package id.satupintu.social;

import id.satupintu.channel.Channel;
import id.satupintu.channel.Delivery;

import java.util.Optional;

/**
 * Instagram through the Graph API: the text of a mention (its webhook carries only ids) and the
 * public replies. A mention of the account in someone's comment or caption is read and answered
 * through the account's {@code mentioned_comment} / {@code mentioned_media} and
 * {@code POST /{ig-user-id}/mentions}; a comment on the account's own media is answered with
 * {@code POST /{comment-id}/replies}.
 */
class InstagramReplies extends PublicReplySender implements PostTexts {

    private final MetaGraph graph;

    InstagramReplies(MetaGraph graph, MentionStore mentions) {
        super(Channel.INSTAGRAM, mentions);
        this.graph = graph;
    }

    @Override
    public Channel platform() {
        return Channel.INSTAGRAM;
    }

    @Override
    String provider() {
        return "Instagram";
    }

    @Override
    public Optional<Post> fetch(Mention m) {
        return switch (m.postType()) {
            case IG_MENTION_COMMENT -> graph.read(uri -> uri.path("/{ig-user-id}")
                            .queryParam("fields", "{fields}")
                            .build(m.accountId(), "mentioned_comment.comment_id(" + m.postId() + "){id,text,timestamp,from}"))
                    .map(b -> b.path("mentioned_comment"))
                    .filter(c -> !c.isMissingNode())
                    .map(c -> new Post(SocialHttp.text(c.path("text")), SocialHttp.text(c.path("from").path("id")),
                            SocialHttp.text(c.path("from").path("username")), MetaGraph.time(c.path("timestamp"))));
            case IG_MENTION_MEDIA -> graph.read(uri -> uri.path("/{ig-user-id}")
                            .queryParam("fields", "{fields}")
                            .build(m.accountId(), "mentioned_media.media_id(" + m.postId() + "){caption,timestamp,username,permalink}"))
                    .map(b -> b.path("mentioned_media"))
                    .filter(media -> !media.isMissingNode())
                    .map(media -> new Post(SocialHttp.text(media.path("caption")), null,
                            SocialHttp.text(media.path("username")), MetaGraph.time(media.path("timestamp"))));
            default -> Optional.empty();
        };
    }

    @Override
    Delivery reply(Mention m, String text) {
        return switch (m.postType()) {
            case IG_MENTION_COMMENT -> graph.post(uri -> uri.path("/{ig-user-id}/mentions").build(m.accountId()), text,
                    "media_id", m.mediaId(), "comment_id", m.postId());
            case IG_MENTION_MEDIA -> graph.post(uri -> uri.path("/{ig-user-id}/mentions").build(m.accountId()), text,
                    "media_id", m.postId());
            default -> graph.post(uri -> uri.path("/{comment-id}/replies").build(m.replyToId()), text);
        };
    }
}
