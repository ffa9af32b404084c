package id.satupintu.channel.telegram;

/**
 * The Bot API did not serve what reading an update needs (a file), for a reason that passes: the
 * update is to be taken again later (the webhook answers 503 so that Telegram redelivers it).
 */
class TelegramUnavailableException extends RuntimeException {

    TelegramUnavailableException(String message) {
        super(message);
    }
}
