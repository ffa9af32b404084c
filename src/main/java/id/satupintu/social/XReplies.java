package id.satupintu.social;

import id.satupintu.channel.Channel;
import id.satupintu.channel.Delivery;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Public replies on X: {@code POST /2/tweets} with {@code reply.in_reply_to_tweet_id}, posted with
 * the user-context token of the replying account (an app-only token cannot post).
 */
class XReplies extends PublicReplySender {

    private final RestClient client;

    XReplies(RestClient client, MentionStore mentions) {
        super(Channel.TWITTER, mentions);
        this.client = client;
    }

    @Override
    String provider() {
        return "X";
    }

    @Override
    Delivery reply(Mention mention, String text) {
        ObjectNode body = SocialHttp.JSON.createObjectNode();
        body.put("text", text);
        body.putObject("reply").put("in_reply_to_tweet_id", mention.replyToId());
        SocialHttp.Answer answer = SocialHttp.post(client, uri -> uri.path("/2/tweets").build(), body);
        return SocialHttp.delivery(provider(), answer, b -> SocialHttp.text(b.path("data").path("id")));
    }
}
