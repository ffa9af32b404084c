package id.satupintu.channel.telegram;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Update JSON shaped as the Bot API documents it (https://core.telegram.org/bots/api#update), for a
 * citizen "Budi Santoso" in a private chat. Fresh update and chat ids per call, since tests share
 * one application and database.
 */
public final class Updates {

    /** A fixed time (2025-01-06 08:00 WIB) for message dates, so that received times can be compared. */
    public static final long DATE = 1736125200L;
    private static final AtomicLong NEXT_UPDATE = new AtomicLong(800_000_000L + System.nanoTime() % 100_000_000L);
    private static final AtomicLong NEXT_CHAT = new AtomicLong(5_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private Updates() {
    }

    public static long nextUpdateId() {
        return NEXT_UPDATE.incrementAndGet();
    }

    public static String nextChatId() {
        return String.valueOf(NEXT_CHAT.incrementAndGet());
    }

    public static String text(long updateId, String chatId, String text) {
        return update(updateId, "message", message(chatId, "\"text\":" + quote(text) + entities(text)));
    }

    /** Sizes smallest to largest, as Telegram sends them; the caption is on the message. */
    public static String photo(long updateId, String chatId, String caption, String smallFileId, String largeFileId) {
        return update(updateId, "message", message(chatId, """
                "photo":[{"file_id":"%s","file_unique_id":"s-%s","file_size":1432,"width":90,"height":67},
                         {"file_id":"%s","file_unique_id":"l-%s","file_size":61024,"width":1280,"height":960}],
                "caption":%s""".formatted(smallFileId, smallFileId, largeFileId, largeFileId, quote(caption))));
    }

    public static String location(long updateId, String chatId, double latitude, double longitude) {
        return update(updateId, "message", message(chatId,
                "\"location\":{\"latitude\":" + latitude + ",\"longitude\":" + longitude + "}"));
    }

    public static String sticker(long updateId, String chatId) {
        return update(updateId, "message", message(chatId, """
                "sticker":{"file_id":"CAACAgIAAxkBAAIBY2","file_unique_id":"AgADzQ","type":"regular","width":512,
                           "height":512,"is_animated":false,"is_video":false,"emoji":"\\ud83d\\udc4d","set_name":"HotCherry"}"""));
    }

    /** The message as it is now, with the time of the edit. */
    public static String edited(long updateId, String chatId, String text) {
        return update(updateId, "edited_message", message(chatId,
                "\"edit_date\":" + (DATE + 60) + ",\"text\":" + quote(text)));
    }

    /** A press on an inline button of an earlier bot message that offered "Jalan rusak" (jalan) and "Sampah" (sampah). */
    public static String buttonPressed(long updateId, String chatId, String callbackQueryId, String data) {
        return update(updateId, "callback_query", """
                {"id":"%s","from":%s,"chat_instance":"-7365548437292845125","data":"%s",
                 "message":{"message_id":77,"from":{"id":4242,"is_bot":true,"first_name":"SatuPintu","username":"SatuPintuBot"},
                            "chat":%s,"date":%d,"text":"Pilih kategori",
                            "reply_markup":{"inline_keyboard":[[{"text":"Jalan rusak","callback_data":"jalan"}],
                                                               [{"text":"Sampah","callback_data":"sampah"}]]}}}"""
                .formatted(callbackQueryId, user(chatId), data, chat(chatId), DATE));
    }

    /** The citizen blocked the bot. */
    public static String blocked(long updateId, String chatId) {
        return update(updateId, "my_chat_member", """
                {"chat":%s,"from":%s,"date":%d,
                 "old_chat_member":{"user":{"id":4242,"is_bot":true,"first_name":"SatuPintu","username":"SatuPintuBot"},"status":"member"},
                 "new_chat_member":{"user":{"id":4242,"is_bot":true,"first_name":"SatuPintu","username":"SatuPintuBot"},"status":"kicked","until_date":0}}"""
                .formatted(chat(chatId), user(chatId), DATE));
    }

    /** A message in a group the bot was added to. */
    public static String inGroup(long updateId, String groupId, String text) {
        return update(updateId, "message", """
                {"message_id":12,"from":%s,"chat":{"id":-%s,"title":"Warga RT 03","type":"group","all_members_are_administrators":true},
                 "date":%d,"text":%s}""".formatted(user("1"), groupId, DATE, quote(text)));
    }

    /** A service message: the citizen pinned a message in the chat with the bot. */
    public static String pinned(long updateId, String chatId) {
        return update(updateId, "message", message(chatId,
                "\"pinned_message\":{\"message_id\":5,\"chat\":" + chat(chatId) + ",\"date\":" + DATE + ",\"text\":\"laporan saya\"}"));
    }

    private static String update(long updateId, String kind, String body) {
        return "{\"update_id\":" + updateId + ",\"" + kind + "\":" + body + "}";
    }

    private static String message(String chatId, String content) {
        return "{\"message_id\":" + (updateId() % 100_000) + ",\"from\":" + user(chatId) + ",\"chat\":" + chat(chatId)
                + ",\"date\":" + DATE + "," + content + "}";
    }

    private static long updateId() {
        return NEXT_UPDATE.get();
    }

    private static String user(String id) {
        return "{\"id\":" + id + ",\"is_bot\":false,\"first_name\":\"Budi\",\"last_name\":\"Santoso\",\"username\":\"budisan\",\"language_code\":\"id\"}";
    }

    private static String chat(String id) {
        return "{\"id\":" + id + ",\"first_name\":\"Budi\",\"last_name\":\"Santoso\",\"username\":\"budisan\",\"type\":\"private\"}";
    }

    /** Commands come with a bot_command entity, as Telegram marks them. */
    private static String entities(String text) {
        if (!text.startsWith("/")) {
            return "";
        }
        int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        return ",\"entities\":[{\"offset\":0,\"length\":" + end + ",\"type\":\"bot_command\"}]";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
