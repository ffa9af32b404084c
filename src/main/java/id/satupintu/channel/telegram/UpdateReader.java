package id.satupintu.channel.telegram;

import id.satupintu.channel.Address;
import id.satupintu.channel.Attachment;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Coordinates;
import id.satupintu.channel.InboundMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads a Bot API update as what a citizen said; the rules are in the package documentation. */
final class UpdateReader {

    private final TelegramFiles files;

    UpdateReader(TelegramFiles files) {
        this.files = files;
    }

    /**
     * @return the citizen's message, or empty for an update that is no message of a citizen
     * @throws TelegramUnavailableException when a photo cannot be fetched now
     */
    Optional<InboundMessage> read(Update update) {
        String id = String.valueOf(update.getUpdateId());
        if (update.hasMessage()) {
            Message message = update.getMessage();
            return fromMessage(id, message, message.getDate());
        }
        if (update.hasEditedMessage()) {
            Message edited = update.getEditedMessage();
            return fromMessage(id, edited, edited.getEditDate() != null ? edited.getEditDate() : edited.getDate());
        }
        if (update.hasCallbackQuery()) {
            return fromButton(id, update.getCallbackQuery());
        }
        return Optional.empty();
    }

    /** The address of a private chat (whose id is the user's), or empty for groups and channels. */
    static Optional<Address> address(Chat chat) {
        return chat != null && "private".equals(chat.getType())
                ? Optional.of(new Address(Channel.TELEGRAM, String.valueOf(chat.getId())))
                : Optional.empty();
    }

    private Optional<InboundMessage> fromMessage(String id, Message message, Integer date) {
        Optional<Address> from = address(message.getChat());
        if (from.isEmpty() || !isCitizenContent(message)) {
            return Optional.empty();
        }
        String text = message.hasText() ? message.getText() : message.getCaption();
        List<Attachment> attachments = files.attachmentsOf(message);
        Coordinates where = message.hasLocation()
                ? new Coordinates(message.getLocation().getLatitude(), message.getLocation().getLongitude())
                : null;
        return Optional.of(new InboundMessage(from.get(), id, text, null, attachments, where,
                senderName(message.getFrom()), Instant.ofEpochSecond(date)));
    }

    private static Optional<InboundMessage> fromButton(String id, CallbackQuery query) {
        MaybeInaccessibleMessage pressedOn = query.getMessage();
        if (query.getData() == null || pressedOn == null) {
            return Optional.empty();
        }
        return address(pressedOn.getChat()).map(from -> new InboundMessage(from, id, label(pressedOn, query.getData()),
                query.getData(), List.of(), null, senderName(query.getFrom()), Instant.now()));
    }

    /** What the button said, for the transcript; empty when the message with the buttons is too old to see. */
    private static String label(MaybeInaccessibleMessage pressedOn, String data) {
        if (!(pressedOn instanceof Message message) || message.getReplyMarkup() == null) {
            return "";
        }
        return message.getReplyMarkup().getKeyboard().stream()
                .flatMap(List::stream)
                .filter(button -> data.equals(button.getCallbackData()))
                .map(InlineKeyboardButton::getText)
                .findFirst()
                .orElse("");
    }

    /** A message a citizen sent, as opposed to a service message about the chat (pinned message, ...). */
    private static boolean isCitizenContent(Message m) {
        return m.hasText() || m.hasCaption() || m.hasPhoto() || m.hasDocument() || m.hasLocation()
                || m.hasSticker() || m.hasVoice() || m.hasAudio() || m.hasVideo() || m.hasVideoNote()
                || m.hasAnimation() || m.hasContact() || m.hasPoll() || m.hasDice() || m.hasStory();
    }

    private static String senderName(User user) {
        if (user == null) {
            return null;
        }
        String name = Stream.of(user.getFirstName(), user.getLastName())
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }
}
