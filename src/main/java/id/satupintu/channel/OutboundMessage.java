package id.satupintu.channel;

import java.util.List;
import java.util.Objects;

/**
 * One message to a citizen. Each channel renders {@code choices} its own way: buttons where the
 * provider has them, numbered options on SMS.
 *
 * @param notification set when this is a status notification rather than a reply, so that a
 *                     channel that needs a pre-approved template outside a conversation window
 *                     (WhatsApp) can fill it in; null for replies
 */
public record OutboundMessage(Address to, String text, List<Choice> choices, Notification notification) {

    public OutboundMessage {
        Objects.requireNonNull(to);
        Objects.requireNonNull(text);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static OutboundMessage reply(Address to, String text, List<Choice> choices) {
        return new OutboundMessage(to, text, choices, null);
    }

    /** What a status notification is about, for template-based channels. */
    public record Notification(String trackingId, String status) {
    }
}
