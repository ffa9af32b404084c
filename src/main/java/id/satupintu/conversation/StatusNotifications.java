package id.satupintu.conversation;

import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.OutboundMessage;
import id.satupintu.channel.Outbox;
import id.satupintu.complaint.ComplaintStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells the citizen on the channel a report came from when its status changes (and when the
 * agency responds), in the language of their conversation. Runs after the change committed,
 * through the event publication registry: a crash before the message is queued leaves the event
 * to be delivered again.
 */
@Component
class StatusNotifications {

    private static final Logger log = LoggerFactory.getLogger(StatusNotifications.class);

    private final Outbox outbox;
    private final ConversationStore conversations;
    private final Texts texts;

    StatusNotifications(Outbox outbox, ConversationStore conversations, Texts texts) {
        this.outbox = outbox;
        this.conversations = conversations;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(ComplaintStatusChanged change) {
        Optional<Channel> channel = Arrays.stream(Channel.values()).filter(c -> c.code().equals(change.originChannel())).findFirst();
        if (channel.isEmpty() || change.senderAddress() == null || change.senderAddress().isBlank()) {
            log.debug("Report {} came through {}, which gets no messages from here", change.trackingId(), change.originChannel());
            return;
        }
        Address to = new Address(channel.get(), change.senderAddress());
        Locale locale = conversations.locale(to);
        String text = texts.get(locale, "notification." + change.status(), change.trackingId());
        if (change.messageForCitizen() != null && !change.messageForCitizen().isBlank()) {
            text += "\n" + texts.get(locale, "notification.message", change.messageForCitizen().strip());
        }
        outbox.enqueue(new OutboundMessage(to, text, List.of(),
                new OutboundMessage.Notification(change.trackingId(), change.status().name())));
    }
}
