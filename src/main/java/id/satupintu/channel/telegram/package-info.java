/**
 * The Telegram channel: the Bot API through the TelegramBots client, behind the channel-neutral
 * {@link id.satupintu.channel.Inbox} and {@link id.satupintu.channel.ChannelSender}. It knows
 * Telegram and nothing of the conversation.
 *
 * <p>Off without {@code TELEGRAM_BOT_TOKEN}. Updates arrive by long polling, or, when
 * {@code PUBLIC_BASE_URL} is set, at the webhook {@code POST /webhooks/telegram}, which the
 * application registers at start with {@code TELEGRAM_WEBHOOK_SECRET}. Several instances need
 * webhook mode: only one instance polls.
 *
 * <p>How updates are read (one update, one inbound message, its {@code update_id} the provider
 * message id, so that a redelivery is a duplicate):
 * <ul>
 * <li>a message in a private chat: its text or caption, the largest size of a photo (or an image
 *     sent as a file) as an attachment, a shared location or venue as coordinates; {@code /start
 *     PAYLOAD} from a deep link stays as it is, for the conversation to read the payload;</li>
 * <li>an edited message is read as a new message: the citizen meant to say what it says now;</li>
 * <li>a sticker, voice note, video, contact, poll or dice says nothing we can read: it becomes an
 *     empty message (no text, attachment, coordinates or choice), which the conversation answers
 *     by asking for text;</li>
 * <li>a pressed inline button: the callback data as the {@code choice}, the button's label as
 *     the text; the callback query is answered so that the button stops spinning;</li>
 * <li>the citizen blocking the bot ({@code my_chat_member} to "kicked") marks the chat
 *     unreachable; writing again makes it reachable (the inbox does that);</li>
 * <li>everything else is acknowledged and ignored: service messages (pinned message, ...),
 *     group and channel chats (the bot is a private intake), and the update kinds we do not ask
 *     Telegram for.</li>
 * </ul>
 */
package id.satupintu.channel.telegram;
