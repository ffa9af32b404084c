package id.satupintu.conversation;

import id.satupintu.channel.Address;
import id.satupintu.channel.Attachment;
import id.satupintu.channel.Choice;
import id.satupintu.channel.Coordinates;
import id.satupintu.channel.InboundMessage;
import id.satupintu.channel.OutboundMessage;
import id.satupintu.complaint.ReporterAddress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One batch of a citizen's messages, read as one, and the replies to it. Texts are looked up in the
 * conversation's language at the moment they are said, so a language switch takes effect at once.
 */
final class Turn {

    final Address from;
    final Conversation conversation;
    /** What the citizen typed, the messages joined; for a picked choice, its label. */
    String text;
    /** {@link #text} as answers are compared ({@link Words#normal}). */
    String words;
    /** The value of the choice picked last, or null. */
    String choice;
    final Coordinates coordinates;
    final List<Attachment> attachments;
    final String senderName;
    final Instant receivedAt;
    private final Texts texts;
    private final List<OutboundMessage> replies = new ArrayList<>();

    Turn(Address from, Conversation conversation, List<InboundMessage> messages, Texts texts) {
        this.from = from;
        this.conversation = conversation;
        this.texts = texts;
        this.text = messages.stream().map(InboundMessage::text).filter(t -> !t.isBlank()).map(String::strip)
                .collect(Collectors.joining("\n"));
        this.words = Words.normal(text);
        this.choice = messages.reversed().stream().map(InboundMessage::choice).filter(Objects::nonNull).findFirst().orElse(null);
        this.coordinates = messages.reversed().stream().map(InboundMessage::coordinates).filter(Objects::nonNull).findFirst().orElse(null);
        this.attachments = messages.stream().flatMap(m -> m.attachments().stream()).toList();
        this.senderName = messages.reversed().stream().map(InboundMessage::senderName).filter(Objects::nonNull).findFirst().orElse(null);
        this.receivedAt = messages.getFirst().receivedAt();
    }

    /** Goes on as if the citizen had typed {@code other}: a message that waited while an offer was answered. */
    void retype(String other) {
        text = other;
        words = Words.normal(other);
        choice = null;
    }

    boolean hasText() {
        return !text.isBlank() && choice == null;
    }

    ReporterAddress reporter() {
        return new ReporterAddress(from.channel().code(), from.id());
    }

    Locale locale() {
        return conversation.locale();
    }

    String text(String key, Object... args) {
        return texts.get(locale(), key, args);
    }

    String date(LocalDate date) {
        return texts.date(locale(), date);
    }

    Choice choice(String value, String labelKey, Object... args) {
        return new Choice(value, text(labelKey, args));
    }

    void say(String key, Object... args) {
        sayWith(List.of(), key, args);
    }

    void sayWith(List<Choice> choices, String key, Object... args) {
        replies.add(OutboundMessage.reply(from, text(key, args), choices));
    }

    void sayText(String message, List<Choice> choices) {
        replies.add(OutboundMessage.reply(from, message, choices));
    }

    List<OutboundMessage> replies() {
        return List.copyOf(replies);
    }

}
