package id.satupintu.channel;

import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@link ChannelSender} beans by the channel each serves; a channel has at most one. */
@Component
class ChannelSenders {

    private final Map<Channel, ChannelSender> byChannel = new EnumMap<>(Channel.class);

    ChannelSenders(List<ChannelSender> senders) {
        for (ChannelSender sender : senders) {
            for (Channel channel : sender.channels()) {
                ChannelSender earlier = byChannel.put(channel, sender);
                if (earlier != null) {
                    throw new IllegalStateException("Two senders serve " + channel + ": "
                            + earlier.getClass().getName() + " and " + sender.getClass().getName());
                }
            }
        }
    }

    Optional<ChannelSender> forChannel(Channel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }

    Set<Channel> channels() {
        return byChannel.keySet();
    }

    boolean isEmpty() {
        return byChannel.isEmpty();
    }
}
