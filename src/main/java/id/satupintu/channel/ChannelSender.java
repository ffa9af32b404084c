package id.satupintu.channel;

import java.util.Set;

/** Implemented by each provider adapter: hands one message to the provider and reports what happened. */
public interface ChannelSender {

    /** The channels this sender serves (Twilio serves both SMS and WhatsApp). */
    Set<Channel> channels();

    /** Sends one message. Must not throw for provider errors: report them as a {@link Delivery}. */
    Delivery send(OutboundMessage message);
}
