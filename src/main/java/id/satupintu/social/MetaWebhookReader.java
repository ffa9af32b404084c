package id.satupintu.social;

import id.satupintu.channel.Channel;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Meta webhook delivery to the mentions it carries, for the monitored accounts only:
 * <ul>
 * <li>Instagram {@code mentions} ({@code media_id}, and {@code comment_id} for a mention in a
 *     comment): ids only, the text is fetched before triage;</li>
 * <li>Instagram {@code comments} on the account's media ({@code id}, {@code from}, {@code text},
 *     {@code media});</li>
 * <li>Facebook page {@code feed} changes that add a comment, a post or a status, and page
 *     {@code mention}s.</li>
 * </ul>
 * The account's own comments (our replies come back as webhooks too), reactions, edits, removals
 * and every other field are skipped.
 */
final class MetaWebhookReader {

    private final MonitoredAccounts accounts;

    MetaWebhookReader(MonitoredAccounts accounts) {
        this.accounts = accounts;
    }

    /** @throws IllegalArgumentException when the body is not a Meta webhook delivery */
    List<IncomingMention> read(JsonNode root) {
        String object = SocialHttp.text(root.path("object"));
        if (object == null || !root.path("entry").isArray()) {
            throw new IllegalArgumentException("Expected a webhook delivery with 'object' and 'entry'");
        }
        Channel platform = switch (object) {
            case "instagram" -> Channel.INSTAGRAM;
            case "page" -> Channel.FACEBOOK;
            default -> null;
        };
        var read = new ArrayList<IncomingMention>();
        if (platform == null) {
            return read;
        }
        for (JsonNode entry : root.path("entry")) {
            Optional<MonitoredAccount> account = Optional.ofNullable(SocialHttp.text(entry.path("id")))
                    .flatMap(id -> accounts.byId(platform, id));
            if (account.isEmpty()) {
                continue;
            }
            for (JsonNode change : entry.path("changes")) {
                String field = SocialHttp.text(change.path("field"));
                JsonNode value = change.path("value");
                Optional<IncomingMention> mention = platform == Channel.INSTAGRAM
                        ? instagram(account.get(), field, value) : facebook(account.get(), field, value);
                mention.ifPresent(read::add);
            }
        }
        return read;
    }

    private static Optional<IncomingMention> instagram(MonitoredAccount account, String field, JsonNode v) {
        if ("mentions".equals(field)) {
            String media = SocialHttp.text(v.path("media_id"));
            String comment = SocialHttp.text(v.path("comment_id"));
            if (media == null) {
                return Optional.empty();
            }
            return Optional.of(comment != null
                    ? mention(account, comment, Mention.PostType.IG_MENTION_COMMENT, media, comment, null, null, null, null)
                    : mention(account, media, Mention.PostType.IG_MENTION_MEDIA, media, media, null, null, null, null));
        }
        if ("comments".equals(field) || "live_comments".equals(field)) {
            String id = SocialHttp.text(v.path("id"));
            String from = SocialHttp.text(v.path("from").path("id"));
            if (id == null || account.accountId().equals(from)) {
                return Optional.empty();
            }
            return Optional.of(mention(account, id, Mention.PostType.IG_COMMENT, SocialHttp.text(v.path("media").path("id")), id,
                    from, SocialHttp.text(v.path("from").path("username")), SocialHttp.text(v.path("text")), null));
        }
        return Optional.empty();
    }

    private static Optional<IncomingMention> facebook(MonitoredAccount account, String field, JsonNode v) {
        if (!"feed".equals(field) && !"mention".equals(field)) {
            return Optional.empty();
        }
        String item = SocialHttp.text(v.path("item"));
        String verb = SocialHttp.text(v.path("verb"));
        String from = SocialHttp.text(v.path("from").path("id"));
        String author = from != null ? from : SocialHttp.text(v.path("sender_id"));
        if (!"add".equals(verb) || account.accountId().equals(author)) {
            return Optional.empty();
        }
        String message = SocialHttp.text(v.path("message"));
        Instant posted = MetaGraph.time(v.path("created_time"));
        if ("comment".equals(item)) {
            String comment = SocialHttp.text(v.path("comment_id"));
            return Optional.ofNullable(comment).map(id ->
                    mention(account, id, Mention.PostType.FB_COMMENT, null, id, author, null, message, posted));
        }
        if ("post".equals(item) || "status".equals(item) || "photo".equals(item) || "video".equals(item)) {
            String post = SocialHttp.text(v.path("post_id"));
            return Optional.ofNullable(post).map(id ->
                    mention(account, id, Mention.PostType.FB_POST, null, id, author, null, message, posted));
        }
        return Optional.empty();
    }

    private static IncomingMention mention(MonitoredAccount account, String postId, Mention.PostType type, String mediaId,
                                           String replyTo, String authorId, String authorHandle, String text,
                                           Instant postedAt) {
        return new IncomingMention(account.platform(), postId, account, Mention.Source.META_WEBHOOK, type, mediaId, replyTo,
                null, authorId, authorHandle, text, postedAt, null);
    }
}
