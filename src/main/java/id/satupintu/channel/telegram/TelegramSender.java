package id.satupintu.channel.telegram;

import id.satupintu.channel.Channel;
import id.satupintu.channel.ChannelSender;
import id.satupintu.channel.Choice;
import id.satupintu.channel.Delivery;
import id.satupintu.channel.OutboundMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Sends a message as plain text, its choices as inline buttons one per row (labels are often long
 * on a phone), each button's callback data the choice's value. The outbox paces the sends to
 * Telegram's limits (satupintu.messaging.rate-limits.telegram).
 */
final class TelegramSender implements ChannelSender {

    /** Telegram's limit on callback data. */
    static final int MAX_CALLBACK_DATA_BYTES = 64;

    private final TelegramClient client;

    TelegramSender(TelegramClient client) {
        this.client = client;
    }

    @Override
    public Set<Channel> channels() {
        return Set.of(Channel.TELEGRAM);
    }

    @Override
    public Delivery send(OutboundMessage message) {
        Optional<Choice> tooLong = message.choices().stream()
                .filter(c -> c.value().getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_DATA_BYTES)
                .findFirst();
        if (tooLong.isPresent()) {
            return new Delivery.Failed("choice value longer than " + MAX_CALLBACK_DATA_BYTES + " bytes: " + tooLong.get().value(), false);
        }
        var send = SendMessage.builder().chatId(message.to().id()).text(message.text());
        if (!message.choices().isEmpty()) {
            send.replyMarkup(keyboard(message));
        }
        try {
            Message sent = client.execute(send.build());
            return new Delivery.Sent(String.valueOf(sent.getMessageId()));
        } catch (TelegramApiException e) {
            return delivery(e);
        }
    }

    private static InlineKeyboardMarkup keyboard(OutboundMessage message) {
        return InlineKeyboardMarkup.builder()
                .keyboard(message.choices().stream()
                        .map(c -> new InlineKeyboardRow(InlineKeyboardButton.builder().text(c.label()).callbackData(c.value()).build()))
                        .toList())
                .build();
    }

    /** 429 waits what Telegram says, 5xx and network failures back off, 403 (blocked) stops messaging the chat. */
    private static Delivery delivery(TelegramApiException e) {
        String reason = BotApi.describe(e);
        if (BotApi.isTemporary(e)) {
            return new Delivery.RetryLater(BotApi.retryAfter(e).orElse(null), reason);
        }
        return new Delivery.Failed(reason, BotApi.errorCode(e) == 403);
    }
}
