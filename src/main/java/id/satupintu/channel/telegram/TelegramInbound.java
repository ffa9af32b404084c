package id.satupintu.channel.telegram;

import id.satupintu.channel.Inbox;
import id.satupintu.channel.InboundMessage;
import id.satupintu.channel.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberBanned;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.util.Optional;

/**
 * Takes every update, whether polled or posted to the webhook: reads it, stores it in the inbox
 * (which recognises a redelivered {@code update_id}), and answers what Telegram waits for.
 */
final class TelegramInbound {

    private static final Logger log = LoggerFactory.getLogger(TelegramInbound.class);

    enum Outcome { ACCEPTED, DUPLICATE, IGNORED }

    private final UpdateReader reader;
    private final Inbox inbox;
    private final Recipients recipients;
    private final TelegramClient client;

    TelegramInbound(UpdateReader reader, Inbox inbox, Recipients recipients, TelegramClient client) {
        this.reader = reader;
        this.inbox = inbox;
        this.recipients = recipients;
        this.client = client;
    }

    /**
     * When this returns, the update's message is stored durably (or was before, or says nothing).
     *
     * @throws TelegramUnavailableException when a photo cannot be fetched now: take the update again later
     */
    Outcome receive(Update update) {
        if (update.hasMyChatMember()) {
            noteBlocked(update.getMyChatMember());
            return Outcome.IGNORED;
        }
        Optional<InboundMessage> message = reader.read(update);
        Outcome outcome = message
                .map(m -> inbox.accept(m) == Inbox.Receipt.ACCEPTED ? Outcome.ACCEPTED : Outcome.DUPLICATE)
                .orElse(Outcome.IGNORED);
        if (update.hasCallbackQuery()) {
            stopSpinning(update.getCallbackQuery());
        }
        return outcome;
    }

    /** Telegram tells the bot when a citizen blocks it: no need to wait for a failed send. */
    private void noteBlocked(ChatMemberUpdated change) {
        if (ChatMemberBanned.STATUS.equals(change.getNewChatMember().getStatus())) {
            UpdateReader.address(change.getChat())
                    .ifPresent(address -> recipients.markUnreachable(address, "blocked the bot"));
        }
    }

    /** The button spins on the citizen's screen until its query is answered, even with nothing to say. */
    private void stopSpinning(CallbackQuery query) {
        try {
            client.execute(new AnswerCallbackQuery(query.getId()));
        } catch (TelegramApiException e) {
            log.info("Could not answer a callback query ({}); the button stops spinning by itself", BotApi.describe(e));
        }
    }
}
