package id.satupintu.social;

import id.satupintu.channel.Channel;
import id.satupintu.channel.ChannelSender;
import id.satupintu.channel.Delivery;
import id.satupintu.channel.OutboundMessage;
import org.springframework.web.client.RestClientException;

import java.util.Optional;
import java.util.Set;

/**
 * The one interface behind which each platform posts its public replies, for the outbox. A reply is
 * addressed to the post it answers ({@code Address(platform, postId)}); the platform's handler
 * reads from the stored mention how that kind of post is answered. Anything else sent to a social
 * channel (a status notification to a citizen's account) is refused: updates follow privately, and
 * the tracking id given in the first reply lets the citizen look them up.
 */
abstract class PublicReplySender implements ChannelSender {

    private final Channel platform;
    private final MentionStore mentions;

    PublicReplySender(Channel platform, MentionStore mentions) {
        this.platform = platform;
        this.mentions = mentions;
    }

    @Override
    public final Set<Channel> channels() {
        return Set.of(platform);
    }

    @Override
    public final Delivery send(OutboundMessage message) {
        Optional<Mention> mention = mentions.byPost(platform, message.to().id()).filter(m -> m.replyToId() != null);
        if (mention.isEmpty()) {
            return new Delivery.Failed("only replies to a stored " + platform.code() + " mention are posted", false);
        }
        try {
            return reply(mention.get(), message.text());
        } catch (RestClientException e) {
            return SocialHttp.unreachable(provider(), e);
        }
    }

    /** The provider's name in reasons. */
    abstract String provider();

    /** Posts {@code text} publicly under the mention. */
    abstract Delivery reply(Mention mention, String text);
}
