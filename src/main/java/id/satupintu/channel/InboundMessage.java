package id.satupintu.channel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message from a citizen, whatever provider carried it.
 *
 * @param providerMessageId the provider's id for this delivery (Telegram update id, Twilio
 *                          MessageSid, ...); unique per channel, so a redelivery is recognised
 * @param text              what the citizen wrote, empty for a bare photo or location
 * @param choice            the value of a {@link Choice} the citizen picked with a button, or null
 * @param coordinates       a shared location, or null
 * @param senderName        the name the provider shows for the sender, or null
 */
public record InboundMessage(Address from,
                             String providerMessageId,
                             String text,
                             String choice,
                             List<Attachment> attachments,
                             Coordinates coordinates,
                             String senderName,
                             Instant receivedAt) {

    public InboundMessage {
        Objects.requireNonNull(from);
        Objects.requireNonNull(providerMessageId);
        Objects.requireNonNull(receivedAt);
        // A NUL means nothing to a reader and PostgreSQL's text cannot hold it: dropped, not refused,
        // since a provider would only deliver the message again.
        text = text == null ? "" : withoutNul(text);
        senderName = senderName == null ? null : withoutNul(senderName);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    private static String withoutNul(String s) {
        return s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }
}
