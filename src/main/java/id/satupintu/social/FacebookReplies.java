package id.satupintu.social;

import id.satupintu.channel.Channel;
import id.satupintu.channel.Delivery;

import java.util.Optional;

/**
 * Facebook Pages through the Graph API: a comment or a visitor's post on the page is answered with
 * a comment under it ({@code POST /{comment-id}/comments}, {@code POST /{post-id}/comments}); a
 * mention delivered without its message is read with {@code GET /{id}?fields=message,from,created_time}.
 */
class FacebookReplies extends PublicReplySender implements PostTexts {

    private final MetaGraph graph;

    FacebookReplies(MetaGraph graph, MentionStore mentions) {
        super(Channel.FACEBOOK, mentions);
        this.graph = graph;
    }

    @Override
    public Channel platform() {
        return Channel.FACEBOOK;
    }

    @Override
    String provider() {
        return "Facebook";
    }

    @Override
    public Optional<Post> fetch(Mention m) {
        if (m.postType() != Mention.PostType.FB_COMMENT && m.postType() != Mention.PostType.FB_POST) {
            return Optional.empty();
        }
        return graph.read(uri -> uri.path("/{id}").queryParam("fields", "message,from,created_time").build(m.postId()))
                .map(p -> new Post(SocialHttp.text(p.path("message")), SocialHttp.text(p.path("from").path("id")), null,
                        MetaGraph.time(p.path("created_time"))));
    }

    @Override
    Delivery reply(Mention m, String text) {
        return graph.post(uri -> uri.path("/{id}/comments").build(m.replyToId()), text);
    }
}
